import { Injectable } from '@nestjs/common';
import type { CohortRole, ContributionKind } from '@openhuddle/shared';
import { Language } from '@openhuddle/shared';
import { DataSource } from 'typeorm';
import {
  VISIBLE_COMMENT_SQL,
  VISIBLE_CONTRIBUTION_SQL,
  VISIBLE_FEEDBACK_SQL,
  VISIBLE_TO_EVERY_MEMBER_SQL,
} from '../contribution/contribution.visibility';
import { FeedbackProtocolEntity } from '../feedback-protocol/feedback-protocol.entity';
import { DEFAULT_PROTOCOL_ID } from '../feedback-protocol/built-in-protocols';
import { DiscussionFlagEntity } from '../huddle/discussion-flag.entity';
import type { HuddleEntity } from '../huddle/huddle.entity';
import { PromptEntity } from '../prompt/prompt.entity';

/** Characters of a contribution the brief shows before "read more". */
export const EXCERPT = 280;

export interface MemberRow {
  user_id: string;
  role: CohortRole;
  display_name: string;
  avatar_url: string | null;
  time_zone: string;
  has_read: boolean;
  /** Bit n set: published to / gave feedback on the huddle's prompt at position n. */
  posted_mask: number;
  gave_mask: number;
}

interface HelpfulFeedbackRow {
  id: string;
  author_id: string;
  answers: Record<string, string>;
  created_at: string;
  updated_at: string;
}

/** A visible contribution the brief uses (see CONTRIBUTIONS_SQL for which). */
export interface ContributionRow {
  id: string;
  prompt_id: string;
  kind: ContributionKind;
  /** In this response's page, a spotlight or flagged: carries its feedback highlights. */
  shown: boolean;
  spotlighted: boolean;
  votes: number;
  flagged: boolean;
  /** 1-based among the prompt's visible contributions. */
  rank: number;
  /** A QUESTION with no comment and no feedback yet. */
  open_question: boolean;
  comments: Array<{ id: string; body: string; parent_id: string | null }> | null;
  /** Only for shown contributions (the mapper decides whether the viewer may learn it). */
  author_id: string | null;
  /** On each prompt's first row: how many the viewer may see, and the key of the themes of the visible set. */
  visible_count: number | null;
  themes_key: string | null;
  /** Whole when themes must be computed, else an excerpt where one is shown; otherwise null. */
  body: string | null;
  review_count: number;
  helpful: HelpfulFeedbackRow[] | null;
  rubric_averages: Record<string, number> | null;
}

/** The huddle's linked prompts, as a subquery every statement below starts from. */
const LINKED_PROMPTS = `SELECT prompt_id FROM huddle_prompt WHERE huddle_id = $1`;

/**
 * Participation per member in one pass over the linked prompts' contributions and feedback, as
 * bitmasks of the prompts' positions in the huddle (at most 10): no per-row reads, no sorting.
 */
const MEMBERS_SQL = `
  SELECT cm.user_id, cm.role, u.display_name, u.avatar_url, u.time_zone, ha.brief_read_at IS NOT NULL AS has_read,
         coalesce(posted.mask, 0) AS posted_mask, coalesce(gave.mask, 0) AS gave_mask
    FROM cohort_member cm
    JOIN "user" u ON u.id = cm.user_id
    LEFT JOIN huddle_attendance ha ON ha.huddle_id = $1 AND ha.user_id = cm.user_id
    LEFT JOIN (SELECT c.author_id, bit_or(1 << hp.position) AS mask
                 FROM contribution c
                 JOIN huddle_prompt hp ON hp.prompt_id = c.prompt_id AND hp.huddle_id = $1
                WHERE c.organization_id = $3 AND c.status = 'PUBLISHED' AND c.deleted_at IS NULL AND c.hidden_at IS NULL
                GROUP BY c.author_id) posted ON posted.author_id = cm.user_id
    LEFT JOIN (SELECT f.author_id, bit_or(1 << hp.position) AS mask
                 FROM feedback f
                 JOIN huddle_prompt hp ON hp.prompt_id = f.prompt_id AND hp.huddle_id = $1
                 JOIN contribution c ON c.id = f.contribution_id AND c.status = 'PUBLISHED' AND c.deleted_at IS NULL AND c.hidden_at IS NULL
                WHERE f.organization_id = $3 AND ${VISIBLE_FEEDBACK_SQL}
                GROUP BY f.author_id) gave ON gave.author_id = cm.user_id
   WHERE cm.cohort_id = $2
   ORDER BY u.display_name`;

/**
 * The linked prompts' published contributions this viewer may see (VISIBLE_CONTRIBUTION_SQL, the
 * one reveal rule), ranked within each prompt (spotlights, then "needs discussion" votes, then
 * publishing order) — but only the rows the brief uses: the page ($4 per prompt), spotlights,
 * flagged ones, open questions and those with comments; every visible one only when its themes
 * must be computed. The shown ones carry their review count and feedback highlights.
 */
const contributionsSql = (visible: string) => `
  WITH c AS (
    SELECT c.id, c.prompt_id, c.author_id, c.kind, c.body, c.spotlighted_at IS NOT NULL AS spotlighted,
           c.published_at, c.updated_at, ${visible} AS visible
      FROM contribution c
      JOIN prompt p ON p.id = c.prompt_id
     WHERE c.organization_id = $3 AND c.prompt_id IN (${LINKED_PROMPTS}) AND c.status = 'PUBLISHED' AND c.deleted_at IS NULL AND c.hidden_at IS NULL
  ), ranked AS (
    SELECT c.*, coalesce(df.votes, 0) AS votes, coalesce(df.flagged, false) AS flagged,
           row_number() OVER per_prompt AS rank, count(*) OVER (PARTITION BY c.prompt_id) AS visible_count
      FROM c
      LEFT JOIN (SELECT contribution_id, count(*)::int AS votes, bool_or(user_id = $2) AS flagged
                   FROM discussion_flag
                  WHERE organization_id = $3 AND contribution_id IN (SELECT id FROM c WHERE visible)
                  GROUP BY contribution_id) df ON df.contribution_id = c.id
     WHERE c.visible
    WINDOW per_prompt AS (PARTITION BY c.prompt_id ORDER BY c.spotlighted DESC, coalesce(df.votes, 0) DESC, c.published_at, c.id)
  ), themes_key AS (
    -- Identifies the exact visible set and its edits: themes computed once for it are reused.
    -- Order-independent (a count and a sum of 64-bit hashes of id and last edit), so it needs no sort.
    SELECT count(*) || ':' || coalesce(sum(uuid_hash_extended(id, (extract(epoch FROM updated_at) * 1000000)::bigint)), 0)
             AS themes_key
      FROM c WHERE visible
  ), s AS (
    SELECT r.*, r.rank <= $4 OR r.spotlighted OR r.votes > 0 AS shown, cm.comments,
           r.kind = 'QUESTION' AND cm.comments IS NULL
             AND NOT EXISTS (SELECT 1 FROM feedback f WHERE f.contribution_id = r.id AND ${VISIBLE_FEEDBACK_SQL}) AS open_question
      FROM ranked r
      LEFT JOIN (SELECT contribution_id,
                        json_agg(json_build_object('id', id, 'body', body, 'parent_id', parent_id) ORDER BY created_at) AS comments
                   FROM comment cm
                  WHERE organization_id = $3 AND contribution_id IN (SELECT id FROM c WHERE visible) AND ${VISIBLE_COMMENT_SQL}
                  GROUP BY contribution_id) cm ON cm.contribution_id = r.id
  ), shown_feedback AS (
    SELECT f.contribution_id, f.id, f.author_id, f.answers, f.rubric, f.helpful_at, f.created_at, f.updated_at
      FROM feedback f
     -- An array, not a join: the page's few ids are looked up by index instead of hashing every review.
     WHERE f.contribution_id = ANY(ARRAY(SELECT id FROM s WHERE s.shown)) AND f.organization_id = $3 AND ${VISIBLE_FEEDBACK_SQL}
  )
  SELECT s.id, s.prompt_id, s.kind, s.shown, s.spotlighted, s.votes, s.flagged, s.rank::int, s.open_question, s.comments,
         CASE WHEN s.shown THEN s.author_id END AS author_id,
         CASE WHEN s.rank = 1 THEN s.visible_count::int END AS visible_count,
         CASE WHEN s.rank = 1 THEN k.themes_key END AS themes_key,
         -- Whole text only when themes must be computed for a new visible set ($5: the sets
         -- this process already has themes for); otherwise an excerpt where one is shown.
         CASE WHEN NOT (k.themes_key = ANY($5::text[])) THEN s.body
              WHEN s.shown OR s.open_question THEN left(s.body, ${EXCERPT + 1})
         END AS body,
         coalesce(fb.review_count, 0) AS review_count,
         -- NULL rather than empty JSON: most rows have none, and NULL costs no parsing.
         fb.helpful, averages.items AS rubric_averages
    FROM s
    CROSS JOIN themes_key k
    LEFT JOIN (SELECT contribution_id, count(*)::int AS review_count,
                      json_agg(json_build_object('id', id, 'author_id', author_id, 'answers', answers,
                                                 'created_at', created_at, 'updated_at', updated_at) ORDER BY created_at)
                        FILTER (WHERE helpful_at IS NOT NULL) AS helpful
                 FROM shown_feedback
                GROUP BY contribution_id) fb ON fb.contribution_id = s.id
    LEFT JOIN (SELECT contribution_id, json_object_agg(key, average) AS items
                 FROM (SELECT f.contribution_id, r.key, avg((r.value)::numeric)::float8 AS average
                         FROM shown_feedback f CROSS JOIN LATERAL jsonb_each(f.rubric) AS r
                        WHERE jsonb_typeof(r.value) = 'number'
                        GROUP BY f.contribution_id, r.key) per_criterion
                GROUP BY contribution_id) averages ON averages.contribution_id = s.id
   WHERE s.shown OR s.open_question OR s.comments IS NOT NULL OR s.rank = 1 OR NOT (k.themes_key = ANY($5::text[]))
   ORDER BY s.published_at, s.id`;

/** Who the brief is read for: the viewer, or what every member of the cohort may see (see `Audience`). */
const CONTRIBUTIONS_SQL = {
  viewer: contributionsSql(VISIBLE_CONTRIBUTION_SQL.replaceAll(':viewerId', '$2')),
  everyone: contributionsSql(VISIBLE_TO_EVERY_MEMBER_SQL),
};

/**
 * `viewer`: the brief as this viewer may see it. `everyone`: only what every member may see (also
 * one who has not posted) — for what the whole cohort will read, such as suggested agenda items.
 */
export type Audience = keyof typeof CONTRIBUTIONS_SQL;

/** Reads a huddle's brief: three statements run side by side whatever the cohort's size. */
@Injectable()
export class BriefQueries {
  constructor(private readonly dataSource: DataSource) {}

  /** Reads everything the brief needs, in three statements run side by side. */
  async read(huddle: HuddleEntity, viewerId: string, first: number, audience: Audience, knownThemeKeys: string[]) {
    const [prompts, members, contributions] = await Promise.all([
      this.dataSource
        .getRepository(PromptEntity)
        .createQueryBuilder('p')
        .innerJoin('huddle_prompt', 'hp', 'hp.prompt_id = p.id AND hp.huddle_id = :huddleId', { huddleId: huddle.id })
        .leftJoinAndMapOne('p.protocol', FeedbackProtocolEntity, 'fp', 'fp.id = coalesce(p.protocol_id, :fallback)', {
          fallback: DEFAULT_PROTOCOL_ID,
        })
        // Posts that received feedback, unrevealed ones included (participation counts every post); moderated ones are gone.
        .addSelect(
          `(SELECT count(*) FROM contribution rc
             WHERE rc.prompt_id = p.id AND rc.status = 'PUBLISHED' AND rc.deleted_at IS NULL AND rc.hidden_at IS NULL
               AND EXISTS (SELECT 1 FROM feedback rf WHERE rf.contribution_id = rc.id))::int`,
          'received_feedback_count',
        )
        .addSelect('hp.position', 'position')
        // Themes are found in the organisation's language.
        .addSelect('(SELECT o.language FROM organization o WHERE o.id = p.organization_id)', 'org_language')
        .orderBy('hp.position', 'ASC')
        .getRawAndEntities<{ p_id: string; received_feedback_count: number; position: number; org_language: string }>(),
      this.dataSource.query(MEMBERS_SQL, [huddle.id, huddle.cohortId, huddle.organizationId]) as Promise<MemberRow[]>,
      this.dataSource.query(CONTRIBUTIONS_SQL[audience], [
        huddle.id,
        viewerId,
        huddle.organizationId,
        first,
        knownThemeKeys,
      ]) as Promise<ContributionRow[]>,
    ]);
    const receivedFeedback = new Map(prompts.raw.map((r) => [r.p_id, r.received_feedback_count]));
    const position = new Map(prompts.raw.map((r) => [r.p_id, r.position]));
    const language = (prompts.raw[0]?.org_language as Language | undefined) ?? Language.EN;
    return { promptRows: prompts.entities, receivedFeedback, position, members, contributions, language };
  }

  /** Raises (idempotently) or lowers the user's "needs discussion" flag on a contribution. */
  async setDiscussionFlag(contributionId: string, userId: string, organizationId: string, on: boolean): Promise<void> {
    const repo = this.dataSource.getRepository(DiscussionFlagEntity);
    if (on) {
      await repo.createQueryBuilder().insert().values({ contributionId, userId, organizationId }).orIgnore().execute();
    } else {
      await repo.delete({ contributionId, userId });
    }
  }
}
