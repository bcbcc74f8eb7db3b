import { Injectable } from '@nestjs/common';
import { Anonymity, CohortRole, ContributionKind, RevealRule } from '@openhuddle/shared';
import { DataSource } from 'typeorm';
import { type CohortAccess, canManageCohort, seesAsFacilitator } from '../cohort/cohort.policy';
import {
  hidesAuthor,
  VISIBLE_CONTRIBUTION_SQL,
  VISIBLE_TO_EVERY_MEMBER_SQL,
} from '../contribution/contribution.visibility';
import { Feedback, RubricAverage } from '../feedback/dto/feedback.types';
import { FeedbackProtocolEntity } from '../feedback-protocol/feedback-protocol.entity';
import { answersInOrder } from '../feedback/feedback.mapper';
import { DEFAULT_PROTOCOL_ID } from '../feedback-protocol/built-in-protocols';
import type { HuddleEntity } from '../huddle/huddle.entity';
import { PromptEntity } from '../prompt/prompt.entity';
import { UserProfile } from '../user/dto/user.types';
import { Brief, BriefContribution, BriefPrompt, BriefQuestion } from './brief.types';
import { computeThemes, type Theme } from './themes';

const EXCERPT = 280;
const excerptOf = (body: string) => (body.length > EXCERPT ? `${body.slice(0, EXCERPT).trimEnd()}…` : body);

interface MemberRow {
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
interface ContributionRow {
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
                WHERE c.organization_id = $3 AND c.status = 'PUBLISHED' AND c.deleted_at IS NULL
                GROUP BY c.author_id) posted ON posted.author_id = cm.user_id
    LEFT JOIN (SELECT f.author_id, bit_or(1 << hp.position) AS mask
                 FROM feedback f
                 JOIN huddle_prompt hp ON hp.prompt_id = f.prompt_id AND hp.huddle_id = $1
                 JOIN contribution c ON c.id = f.contribution_id AND c.status = 'PUBLISHED' AND c.deleted_at IS NULL
                WHERE f.organization_id = $3
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
     WHERE c.organization_id = $3 AND c.prompt_id IN (${LINKED_PROMPTS}) AND c.status = 'PUBLISHED' AND c.deleted_at IS NULL
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
             AND NOT EXISTS (SELECT 1 FROM feedback f WHERE f.contribution_id = r.id) AS open_question
      FROM ranked r
      LEFT JOIN (SELECT contribution_id,
                        json_agg(json_build_object('id', id, 'body', body, 'parent_id', parent_id) ORDER BY created_at) AS comments
                   FROM comment
                  WHERE organization_id = $3 AND contribution_id IN (SELECT id FROM c WHERE visible) AND deleted_at IS NULL
                  GROUP BY contribution_id) cm ON cm.contribution_id = r.id
  ), shown_feedback AS (
    SELECT f.contribution_id, f.id, f.author_id, f.answers, f.rubric, f.helpful_at, f.created_at, f.updated_at
      FROM feedback f
     -- An array, not a join: the page's few ids are looked up by index instead of hashing every review.
     WHERE f.contribution_id = ANY(ARRAY(SELECT id FROM s WHERE s.shown)) AND f.organization_id = $3
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

const formerMember = (id: string) =>
  Object.assign(new UserProfile(), { id, displayName: 'Former member', avatarUrl: null, timeZone: 'UTC' });

/**
 * Computes a huddle's brief for one viewer: prompts with their protocols, members with their
 * participation, and contributions with their feedback highlights, flags and comments, read by
 * three statements run side by side whatever the cohort's size. Reveal rules apply in SQL
 * (VISIBLE_CONTRIBUTION_SQL) and anonymity in the mapping (hidesAuthor), as everywhere else.
 */
@Injectable()
export class BriefService {
  /**
   * Themes per huddle and visible set (its themes_key), recomputed whenever a visible
   * contribution appears, changes or goes. Bounded: recent huddles, a few visible sets each
   * (facilitators, members who posted, members who have not...).
   */
  private readonly themeCache = new Map<string, Map<string, Theme[]>>();

  constructor(private readonly dataSource: DataSource) {}

  private knownThemeKeys(huddleId: string): string[] {
    return [...(this.themeCache.get(huddleId)?.keys() ?? [])];
  }

  private rememberThemes(huddleId: string, key: string, themes: Theme[]): void {
    let sets = this.themeCache.get(huddleId);
    if (!sets) {
      if (this.themeCache.size >= 200) this.themeCache.delete(this.themeCache.keys().next().value!);
      this.themeCache.set(huddleId, (sets = new Map()));
    }
    if (sets.size >= 8) sets.delete(sets.keys().next().value!);
    sets.set(key, themes);
  }

  /** Reads everything the brief needs, in three statements run side by side. */
  private async read(
    huddle: HuddleEntity,
    viewerId: string,
    first: number,
    audience: Audience,
    knownThemeKeys: string[],
  ) {
    const [prompts, members, contributions] = await Promise.all([
      this.dataSource
        .getRepository(PromptEntity)
        .createQueryBuilder('p')
        .innerJoin('huddle_prompt', 'hp', 'hp.prompt_id = p.id AND hp.huddle_id = :huddleId', { huddleId: huddle.id })
        .leftJoinAndMapOne('p.protocol', FeedbackProtocolEntity, 'fp', 'fp.id = coalesce(p.protocol_id, :fallback)', {
          fallback: DEFAULT_PROTOCOL_ID,
        })
        // Posts that received feedback, hidden ones included: participation counts every post.
        .addSelect(
          `(SELECT count(*) FROM contribution rc
             WHERE rc.prompt_id = p.id AND rc.status = 'PUBLISHED' AND rc.deleted_at IS NULL
               AND EXISTS (SELECT 1 FROM feedback rf WHERE rf.contribution_id = rc.id))::int`,
          'received_feedback_count',
        )
        .addSelect('hp.position', 'position')
        .orderBy('hp.position', 'ASC')
        .getRawAndEntities<{ p_id: string; received_feedback_count: number; position: number }>(),
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
    return { promptRows: prompts.entities, receivedFeedback, position, members, contributions };
  }

  async compute(
    huddle: HuddleEntity,
    access: CohortAccess,
    options: { first: number; audience?: Audience },
  ): Promise<Brief> {
    const audience = options.audience ?? 'viewer';
    const viewerId = access.userId;
    const manager = canManageCohort(access);
    const facilitator = seesAsFacilitator(access);
    const knownThemeKeys = this.knownThemeKeys(huddle.id);
    let data = await this.read(huddle, viewerId, options.first, audience, knownThemeKeys);
    const themesKey = data.contributions.find((c) => c.themes_key)?.themes_key ?? null;
    let themes = themesKey ? this.themeCache.get(huddle.id)?.get(themesKey) : [];
    if (!themes && knownThemeKeys.includes(themesKey!)) {
      // Another request evicted these themes while this one read excerpts only: read again with
      // whole texts (rare: eviction needs eight newer visible sets of this huddle in between).
      data = await this.read(huddle, viewerId, options.first, audience, []);
    }
    const { promptRows, receivedFeedback, position, members, contributions } = data;
    if (!themes) {
      themes = computeThemes(contributions.map((c) => ({ id: c.id, text: c.body ?? '' })));
      this.rememberThemes(huddle.id, themesKey!, themes);
    }

    // Draft prompts are the facilitators' own, in the brief as everywhere else.
    const prompts = manager && audience === 'viewer' ? promptRows : promptRows.filter((p) => p.publishedAt);
    const promptIds = prompts.map((p) => p.id);
    const promptById = new Map(prompts.map((p) => [p.id, p]));

    const profile = new Map(
      members.map((m) => [
        m.user_id,
        Object.assign(new UserProfile(), {
          id: m.user_id,
          displayName: m.display_name,
          avatarUrl: m.avatar_url,
          timeZone: m.time_zone,
        }),
      ]),
    );

    const toBriefContribution = (c: ContributionRow): BriefContribution => {
      const prompt = promptById.get(c.prompt_id)!;
      const protocol = prompt.protocol;
      const rubricAverages = c.rubric_averages ?? {};
      const averages: RubricAverage[] = (protocol?.rubric ?? [])
        .filter((criterion) => typeof rubricAverages[criterion.key] === 'number')
        .map((criterion) =>
          Object.assign(new RubricAverage(), {
            criterionKey: criterion.key,
            label: criterion.label,
            average: Math.round(rubricAverages[criterion.key] * 10) / 10,
          }),
        );
      const helpful = (c.helpful ?? []).map((f) =>
        Object.assign(new Feedback(), {
          id: f.id,
          contributionId: c.id,
          promptId: c.prompt_id,
          author: profile.get(f.author_id) ?? formerMember(f.author_id),
          answers: answersInOrder(f.answers, protocol?.sections ?? []),
          rubric: [],
          helpful: true,
          isMine: f.author_id === viewerId,
          createdAt: new Date(f.created_at),
          updatedAt: new Date(f.updated_at),
        }),
      );
      const hide = hidesAuthor(access, prompt.anonymity, c.author_id!);
      return Object.assign(new BriefContribution(), {
        id: c.id,
        kind: c.kind,
        excerpt: excerptOf(c.body!),
        author: hide ? null : (profile.get(c.author_id!) ?? null),
        spotlighted: c.spotlighted,
        reviewCount: c.review_count,
        needsDiscussionVotes: c.votes,
        viewerFlagged: c.flagged,
        helpfulFeedback: helpful,
        rubricAverages: averages,
      });
    };
    // Built only for the contributions this response shows (a page per prompt, spotlights, flags).
    const built = new Map<string, BriefContribution>();
    const brief = (c: ContributionRow) => {
      let b = built.get(c.id);
      if (!b) built.set(c.id, (b = toBriefContribution(c)));
      return b;
    };

    // Only visible contributions come back (VISIBLE_CONTRIBUTION_SQL decided), and only those used.
    const byPrompt = new Map<string, ContributionRow[]>(promptIds.map((id) => [id, []]));
    for (const c of contributions) byPrompt.get(c.prompt_id)?.push(c);
    const visible = contributions.filter((c) => promptById.has(c.prompt_id));
    const cohortMembers = members.filter((m) => m.role === CohortRole.MEMBER);
    const bit = (mask: number, prompt: PromptEntity) => (mask & (1 << position.get(prompt.id)!)) !== 0;

    const briefPrompts = prompts.map((prompt) => {
      const all = byPrompt.get(prompt.id)!;
      const namesVisible =
        facilitator || (prompt.revealRule === RevealRule.OPEN && prompt.anonymity === Anonymity.NONE);
      const hasPosted = (m: MemberRow) => bit(m.posted_mask, prompt);
      const page = all.filter((c) => c.rank <= options.first).sort((a, b) => a.rank - b.rank);
      return Object.assign(new BriefPrompt(), {
        promptId: prompt.id,
        title: prompt.title,
        participation: {
          memberCount: cohortMembers.length,
          postedCount: cohortMembers.filter(hasPosted).length,
          feedbackGivenCount: cohortMembers.filter((m) => bit(m.gave_mask, prompt)).length,
          receivedFeedbackCount: receivedFeedback.get(prompt.id) ?? 0,
          namesVisible,
          posted: namesVisible ? cohortMembers.filter(hasPosted).map((m) => profile.get(m.user_id)!) : [],
          notPosted: namesVisible ? cohortMembers.filter((m) => !hasPosted(m)).map((m) => profile.get(m.user_id)!) : [],
        },
        contributionCount: all.find((c) => c.rank === 1)?.visible_count ?? 0,
        contributions: page.map(brief),
      });
    });

    const openQuestions: BriefQuestion[] = [];
    for (const c of visible) {
      const comments = c.comments ?? [];
      if (c.open_question) {
        openQuestions.push({
          contributionId: c.id,
          commentId: null,
          text: excerptOf(c.body!),
          promptId: c.prompt_id,
        });
      }
      for (const comment of comments) {
        const replied = comments.some((r) => r.parent_id === comment.id);
        if (comment.body.trim().endsWith('?') && !replied) {
          openQuestions.push({
            contributionId: c.id,
            commentId: comment.id,
            text: comment.body.slice(0, EXCERPT),
            promptId: c.prompt_id,
          });
        }
      }
    }

    const everyPrompt = (m: MemberRow) => prompts.every((prompt) => bit(m.posted_mask, prompt));

    return Object.assign(new Brief(), {
      huddleId: huddle.id,
      prompts: briefPrompts,
      openQuestions,
      spotlights: visible.filter((c) => c.spotlighted).map(brief),
      needsDiscussion: visible
        .filter((c) => c.votes > 0)
        .sort((a, b) => b.votes - a.votes || a.id.localeCompare(b.id))
        .map(brief),
      themes: themes.map((t) => ({ label: t.label, terms: t.terms, contributionIds: t.ids })),
      viewerHasRead: members.some((m) => m.user_id === viewerId && m.has_read),
      readers: {
        readCount: members.filter((m) => m.has_read).length,
        memberCount: members.length,
        readers: facilitator ? members.filter((m) => m.has_read).map((m) => profile.get(m.user_id)!) : [],
      },
      completion:
        cohortMembers.length && prompts.length ? cohortMembers.filter(everyPrompt).length / cohortMembers.length : 0,
    });
  }
}
