import { Injectable } from '@nestjs/common';
import { Anonymity, CohortRole, ContributionKind, RevealRule } from '@openhuddle/shared';
import { DataSource } from 'typeorm';
import { type CohortAccess, isFacilitator } from '../cohort/cohort.policy';
import { hidesAuthor, VISIBLE_CONTRIBUTION_SQL } from '../contribution/contribution.visibility';
import { Feedback, RubricAverage } from '../feedback/dto/feedback.types';
import { FeedbackProtocolEntity } from '../feedback/feedback-protocol.entity';
import { DEFAULT_PROTOCOL_ID } from '../feedback/feedback.service';
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
  /** Comma-separated linked prompts this member has published to / given feedback on (cheaper to read than arrays). */
  posted_prompt_ids: string;
  gave_prompt_ids: string;
}

interface HelpfulFeedbackRow {
  id: string;
  author_id: string;
  answers: Record<string, string>;
  created_at: string;
  updated_at: string;
}

interface ContributionRow {
  id: string;
  prompt_id: string;
  /** Only for shown contributions (the mapper decides whether the viewer may learn it). */
  author_id: string | null;
  /** Keys the themes of this visible set; on each prompt's first visible row only (it is the same for all). */
  themes_key: string | null;
  kind: ContributionKind;
  /** Decided by VISIBLE_CONTRIBUTION_SQL for this viewer. */
  visible: boolean;
  /** In this response's page, a spotlight or flagged: carries its feedback highlights. */
  shown: boolean;
  /**
   * Whole when themes must be computed, else an excerpt for shown contributions and open
   * questions; null when not visible or not needed.
   */
  body: string | null;
  spotlighted: boolean;
  votes: number;
  flagged: boolean;
  /** 1-based among the prompt's visible contributions (or among its hidden ones). */
  rank: number;
  comments: Array<{ id: string; body: string; parent_id: string | null }> | null;
  review_count: number;
  helpful: HelpfulFeedbackRow[] | null;
  rubric_averages: Record<string, number> | null;
}

/** The huddle's linked prompts, as a subquery every statement below starts from. */
const LINKED_PROMPTS = `SELECT prompt_id FROM huddle_prompt WHERE huddle_id = $1`;

/**
 * Participation per member in one pass over the linked prompts' contributions and feedback,
 * so the brief never reads feedback row by row.
 */
const MEMBERS_SQL = `
  SELECT cm.user_id, cm.role, u.display_name, u.avatar_url, u.time_zone, ha.brief_read_at IS NOT NULL AS has_read,
         coalesce(posted.prompt_ids, '') AS posted_prompt_ids, coalesce(gave.prompt_ids, '') AS gave_prompt_ids
    FROM cohort_member cm
    JOIN "user" u ON u.id = cm.user_id
    LEFT JOIN huddle_attendance ha ON ha.huddle_id = $1 AND ha.user_id = cm.user_id
    LEFT JOIN (SELECT author_id, string_agg(DISTINCT prompt_id::text, ',') AS prompt_ids
                 FROM contribution
                WHERE organization_id = $3 AND prompt_id IN (${LINKED_PROMPTS}) AND status = 'PUBLISHED' AND deleted_at IS NULL
                GROUP BY author_id) posted ON posted.author_id = cm.user_id
    LEFT JOIN (SELECT f.author_id, string_agg(DISTINCT f.prompt_id::text, ',') AS prompt_ids
                 FROM feedback f
                 JOIN contribution c ON c.id = f.contribution_id AND c.status = 'PUBLISHED' AND c.deleted_at IS NULL
                WHERE f.organization_id = $3 AND f.prompt_id IN (${LINKED_PROMPTS})
                GROUP BY f.author_id) gave ON gave.author_id = cm.user_id
   WHERE cm.cohort_id = $2
   ORDER BY u.display_name`;

/**
 * Every published contribution of the linked prompts, with whether this viewer may see it
 * (VISIBLE_CONTRIBUTION_SQL, the one reveal rule), its rank within its prompt (spotlights, then
 * "needs discussion" votes, then publishing order) and its review count. Only the contributions
 * the response shows ($4 per prompt, spotlights, flagged) carry their feedback highlights, and
 * only visible ones their text: the statement reads what the page needs, not every review.
 */
const CONTRIBUTIONS_SQL = `
  WITH c AS (
    SELECT c.id, c.prompt_id, c.author_id, c.kind, c.body, c.spotlighted_at IS NOT NULL AS spotlighted,
           c.published_at, c.updated_at, ${VISIBLE_CONTRIBUTION_SQL.replaceAll(':viewerId', '$2')} AS visible
      FROM contribution c
      JOIN prompt p ON p.id = c.prompt_id
     WHERE c.organization_id = $3 AND c.prompt_id IN (${LINKED_PROMPTS}) AND c.status = 'PUBLISHED' AND c.deleted_at IS NULL
  ), ranked AS (
    SELECT c.*, coalesce(df.votes, 0) AS votes, coalesce(df.flagged, false) AS flagged,
           row_number() OVER (PARTITION BY c.prompt_id, c.visible
                              ORDER BY c.spotlighted DESC, coalesce(df.votes, 0) DESC, c.published_at, c.id) AS rank
      FROM c
      LEFT JOIN (SELECT contribution_id, count(*)::int AS votes, bool_or(user_id = $2) AS flagged
                   FROM discussion_flag
                  WHERE organization_id = $3 AND contribution_id IN (SELECT id FROM c)
                  GROUP BY contribution_id) df ON df.contribution_id = c.id
  ), s AS (
    SELECT r.*, r.visible AND (r.rank <= $4 OR r.spotlighted OR r.votes > 0) AS shown FROM ranked r
  ), themes_key AS (
    -- Identifies the exact visible set and its edits: themes computed once for it are reused.
    -- Order-independent (a count and a sum of 64-bit hashes), so it needs no sort.
    SELECT count(*) || ':' || coalesce(sum(hashtextextended(id::text || updated_at::text, 0)), 0) AS themes_key
      FROM c WHERE visible
  ), shown_feedback AS (
    SELECT f.contribution_id, f.id, f.author_id, f.answers, f.rubric, f.helpful_at, f.created_at, f.updated_at
      FROM feedback f
     -- An array, not a join: the page's few ids are looked up by index instead of hashing every review.
     WHERE f.contribution_id = ANY(ARRAY(SELECT id FROM s WHERE s.shown)) AND f.organization_id = $3
  )
  SELECT s.id, s.prompt_id, s.kind, s.visible, s.shown, s.spotlighted, s.votes, s.flagged, s.rank::int,
         CASE WHEN s.shown THEN s.author_id END AS author_id,
         CASE WHEN s.visible AND s.rank = 1 THEN k.themes_key END AS themes_key,
         -- Whole text only when themes must be computed for a new visible set ($5: the sets
         -- this process already has themes for); otherwise an excerpt where the page shows one.
         CASE WHEN NOT s.visible THEN NULL
              WHEN NOT (k.themes_key = ANY($5::text[])) THEN s.body
              WHEN s.shown OR (s.kind = 'QUESTION' AND cm.comments IS NULL AND fb.review_count IS NULL)
                THEN left(s.body, ${EXCERPT + 1})
         END AS body,
         CASE WHEN s.visible THEN cm.comments END AS comments, coalesce(fb.review_count, 0) AS review_count,
         -- NULL rather than empty JSON: thousands of rows have none, and NULL costs no parsing.
         helpful.items AS helpful, averages.items AS rubric_averages
    FROM s
    CROSS JOIN themes_key k
    LEFT JOIN (SELECT contribution_id, count(*)::int AS review_count
                 FROM feedback
                WHERE organization_id = $3 AND prompt_id IN (${LINKED_PROMPTS})
                GROUP BY contribution_id) fb ON fb.contribution_id = s.id
    LEFT JOIN (SELECT contribution_id,
                      json_agg(json_build_object('id', id, 'body', body, 'parent_id', parent_id) ORDER BY created_at) AS comments
                 FROM comment
                WHERE organization_id = $3 AND contribution_id IN (SELECT id FROM c) AND deleted_at IS NULL
                GROUP BY contribution_id) cm ON cm.contribution_id = s.id
    LEFT JOIN (SELECT contribution_id,
                      json_agg(json_build_object('id', id, 'author_id', author_id, 'answers', answers,
                                                 'created_at', created_at, 'updated_at', updated_at) ORDER BY created_at) AS items
                 FROM shown_feedback WHERE helpful_at IS NOT NULL
                GROUP BY contribution_id) helpful ON helpful.contribution_id = s.id
    LEFT JOIN (SELECT contribution_id, json_object_agg(key, average) AS items
                 FROM (SELECT f.contribution_id, r.key, avg((r.value)::numeric)::float8 AS average
                         FROM shown_feedback f CROSS JOIN LATERAL jsonb_each(f.rubric) AS r
                        WHERE jsonb_typeof(r.value) = 'number'
                        GROUP BY f.contribution_id, r.key) per_criterion
                GROUP BY contribution_id) averages ON averages.contribution_id = s.id
   ORDER BY s.published_at, s.id`;

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

  private async themesOf(huddle: HuddleEntity, visible: ContributionRow[]): Promise<Theme[]> {
    if (!visible.length) return [];
    const key = visible.find((c) => c.themes_key)!.themes_key!;
    const known = this.themeCache.get(huddle.id)?.get(key);
    if (known) return known;
    // The statement sent whole texts because this set was unknown when it ran; if another request
    // evicted it meanwhile, rows carry excerpts only: read the texts (a rare, extra statement).
    let texts = visible.map((c) => ({ id: c.id, text: c.body ?? '' }));
    if (visible.some((c) => c.body === null || c.body.length === EXCERPT + 1)) {
      const rows: Array<{ id: string; body: string }> = await this.dataSource.query(
        `SELECT id, body FROM contribution WHERE organization_id = $1 AND id = ANY($2::uuid[])`,
        [huddle.organizationId, visible.map((c) => c.id)],
      );
      const body = new Map(rows.map((r) => [r.id, r.body]));
      texts = visible.map((c) => ({ id: c.id, text: body.get(c.id) ?? '' }));
    }
    const themes = computeThemes(texts);
    let sets = this.themeCache.get(huddle.id);
    if (!sets) {
      if (this.themeCache.size >= 200) this.themeCache.delete(this.themeCache.keys().next().value!);
      this.themeCache.set(huddle.id, (sets = new Map()));
    }
    if (sets.size >= 8) sets.delete(sets.keys().next().value!);
    sets.set(key, themes);
    return themes;
  }

  async compute(huddle: HuddleEntity, access: CohortAccess, options: { first: number }): Promise<Brief> {
    const viewerId = access.userId;
    const facilitator = isFacilitator(access);
    const [promptRows, members, contributions] = await Promise.all([
      this.dataSource
        .getRepository(PromptEntity)
        .createQueryBuilder('p')
        .innerJoin('huddle_prompt', 'hp', 'hp.prompt_id = p.id AND hp.huddle_id = :huddleId', { huddleId: huddle.id })
        .leftJoinAndMapOne('p.protocol', FeedbackProtocolEntity, 'fp', 'fp.id = coalesce(p.protocol_id, :fallback)', {
          fallback: DEFAULT_PROTOCOL_ID,
        })
        .orderBy('hp.position', 'ASC')
        .getMany(),
      this.dataSource.query(MEMBERS_SQL, [huddle.id, huddle.cohortId, huddle.organizationId]) as Promise<MemberRow[]>,
      this.dataSource.query(CONTRIBUTIONS_SQL, [
        huddle.id,
        viewerId,
        huddle.organizationId,
        options.first,
        this.knownThemeKeys(huddle.id),
      ]) as Promise<ContributionRow[]>,
    ]);
    // Draft prompts are the facilitators' own, in the brief as everywhere else.
    const prompts = facilitator ? promptRows : promptRows.filter((p) => p.publishedAt);
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
          answers: (protocol?.sections ?? [])
            .filter((s) => f.answers?.[s.key])
            .map((s) => ({ sectionKey: s.key, label: s.label, text: f.answers[s.key] })),
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

    // Every published contribution is read (participation counts need them all); which ones this
    // viewer may see was decided in the statement by VISIBLE_CONTRIBUTION_SQL.
    const byPrompt = new Map<string, ContributionRow[]>(promptIds.map((id) => [id, []]));
    for (const c of contributions) byPrompt.get(c.prompt_id)?.push(c);
    const visible = contributions.filter((c) => c.visible && promptById.has(c.prompt_id));
    const cohortMembers = members.filter((m) => m.role === CohortRole.MEMBER);
    const posted = new Map(cohortMembers.map((m) => [m.user_id, new Set(m.posted_prompt_ids.split(','))]));
    const gave = new Map(cohortMembers.map((m) => [m.user_id, new Set(m.gave_prompt_ids.split(','))]));

    const briefPrompts = prompts.map((prompt) => {
      const all = byPrompt.get(prompt.id)!;
      const namesVisible =
        facilitator || (prompt.revealRule === RevealRule.OPEN && prompt.anonymity === Anonymity.NONE);
      const hasPosted = (m: MemberRow) => posted.get(m.user_id)!.has(prompt.id);
      const mine = all.filter((c) => c.visible).sort((a, b) => a.rank - b.rank);
      return Object.assign(new BriefPrompt(), {
        promptId: prompt.id,
        title: prompt.title,
        participation: {
          memberCount: cohortMembers.length,
          postedCount: cohortMembers.filter(hasPosted).length,
          feedbackGivenCount: cohortMembers.filter((m) => gave.get(m.user_id)!.has(prompt.id)).length,
          receivedFeedbackCount: all.filter((c) => c.review_count > 0).length,
          namesVisible,
          posted: namesVisible ? cohortMembers.filter(hasPosted).map((m) => profile.get(m.user_id)!) : [],
          notPosted: namesVisible ? cohortMembers.filter((m) => !hasPosted(m)).map((m) => profile.get(m.user_id)!) : [],
        },
        contributionCount: mine.length,
        contributions: mine.slice(0, options.first).map(brief),
      });
    });

    const openQuestions: BriefQuestion[] = [];
    for (const c of visible) {
      const comments = c.comments ?? [];
      const answered = comments.length > 0 || c.review_count > 0;
      if (c.kind === ContributionKind.QUESTION && !answered) {
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

    const themes = (await this.themesOf(huddle, visible)).map((t) => ({
      label: t.label,
      terms: t.terms,
      contributionIds: t.ids,
    }));
    const everyPrompt = (userId: string) => promptIds.every((id) => posted.get(userId)!.has(id));

    return Object.assign(new Brief(), {
      huddleId: huddle.id,
      prompts: briefPrompts,
      openQuestions,
      spotlights: visible.filter((c) => c.spotlighted).map(brief),
      needsDiscussion: visible
        .filter((c) => c.votes > 0)
        .sort((a, b) => b.votes - a.votes || a.id.localeCompare(b.id))
        .map(brief),
      themes,
      viewerHasRead: members.some((m) => m.user_id === viewerId && m.has_read),
      readers: {
        readCount: members.filter((m) => m.has_read).length,
        memberCount: members.length,
        readers: facilitator ? members.filter((m) => m.has_read).map((m) => profile.get(m.user_id)!) : [],
      },
      completion:
        cohortMembers.length && prompts.length
          ? cohortMembers.filter((m) => everyPrompt(m.user_id)).length / cohortMembers.length
          : 0,
    });
  }
}
