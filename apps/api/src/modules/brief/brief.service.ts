import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Anonymity, CohortRole, ContributionKind, ContributionStatus, RevealRule } from '@openhuddle/shared';
import { DataSource } from 'typeorm';
import { type CohortAccess, isFacilitator } from '../cohort/cohort.policy';
import { canSeeContribution, hidesAuthor } from '../contribution/contribution.visibility';
import { Feedback, RubricAverage } from '../feedback/dto/feedback.types';
import type { FeedbackProtocolEntity } from '../feedback/feedback-protocol.entity';
import { DEFAULT_PROTOCOL_ID } from '../feedback/feedback.service';
import type { HuddleEntity } from '../huddle/huddle.entity';
import { PromptEntity } from '../prompt/prompt.entity';
import { UserProfile } from '../user/dto/user.types';
import { Brief, BriefContribution, BriefPrompt, BriefQuestion } from './brief.types';
import { computeThemes, type Theme } from './themes';

const EXCERPT = 280;

interface MemberRow {
  user_id: string;
  role: CohortRole;
  display_name: string;
  avatar_url: string | null;
  time_zone: string;
  brief_read_at: Date | null;
}

interface ContributionRow {
  id: string;
  prompt_id: string;
  author_id: string;
  kind: ContributionKind;
  body: string;
  spotlighted_at: Date | null;
  published_at: Date;
  updated_at: Date;
  /** Set in JS for this viewer. */
  visible?: boolean;
  votes: number;
  flagged: boolean;
  comments: Array<{ id: string; body: string; parent_id: string | null }>;
}

interface FeedbackRow {
  id: string;
  contribution_id: string;
  author_id: string;
  answers: Record<string, string> | null;
  rubric: Record<string, number>;
  helpful_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

/**
 * Computes a huddle's brief for one viewer in a fixed number of statements (prompts, members,
 * contributions with their flags and comments, feedback, protocols), whatever the cohort's size.
 * Reveal and anonymity rules apply through the same rule functions as everywhere else.
 */
@Injectable()
export class BriefService {
  /** Themes per exact set of (contribution, last edit): recomputed whenever any of them changes. */
  private readonly themeCache = new Map<string, Theme[]>();

  constructor(private readonly dataSource: DataSource) {}

  private themesOf(visible: ContributionRow[]): Theme[] {
    const key = createHash('sha1')
      .update(visible.map((c) => `${c.id}:${new Date(c.updated_at).getTime()}`).join(','))
      .digest('hex');
    let themes = this.themeCache.get(key);
    if (!themes) {
      themes = computeThemes(visible.map((c) => ({ id: c.id, text: c.body })));
      if (this.themeCache.size >= 200) this.themeCache.delete(this.themeCache.keys().next().value!);
      this.themeCache.set(key, themes);
    }
    return themes;
  }

  async compute(huddle: HuddleEntity, access: CohortAccess, options: { first: number }): Promise<Brief> {
    const viewerId = access.userId;
    const facilitator = isFacilitator(access);
    let prompts: PromptEntity[] = await this.dataSource
      .getRepository(PromptEntity)
      .createQueryBuilder('p')
      .innerJoin('huddle_prompt', 'hp', 'hp.prompt_id = p.id AND hp.huddle_id = :huddleId', { huddleId: huddle.id })
      .orderBy('hp.position', 'ASC')
      .getMany();
    // Draft prompts are the facilitators' own, in the brief as everywhere else.
    if (!facilitator) prompts = prompts.filter((p) => p.publishedAt);
    const promptIds = prompts.map((p) => p.id);

    const members: MemberRow[] = await this.dataSource.query(
      `SELECT cm.user_id, cm.role, u.display_name, u.avatar_url, u.time_zone, ha.brief_read_at
         FROM cohort_member cm
         JOIN "user" u ON u.id = cm.user_id
         LEFT JOIN huddle_attendance ha ON ha.huddle_id = $2 AND ha.user_id = cm.user_id
        WHERE cm.cohort_id = $1
        ORDER BY u.display_name`,
      [huddle.cohortId, huddle.id],
    );
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

    const [contributions, feedback, protocols] = promptIds.length
      ? await Promise.all([
          this.dataSource.query(
            `SELECT c.id, c.prompt_id, c.author_id, c.kind, c.body, c.spotlighted_at, c.published_at, c.updated_at,
                    coalesce(df.votes, 0) AS votes, coalesce(df.flagged, false) AS flagged, coalesce(cm.comments, '[]') AS comments
               FROM contribution c
               LEFT JOIN (SELECT contribution_id, count(*)::int AS votes, bool_or(user_id = $2) AS flagged
                            FROM discussion_flag WHERE organization_id = $3 GROUP BY contribution_id) df ON df.contribution_id = c.id
               LEFT JOIN (SELECT contribution_id, json_agg(json_build_object('id', id, 'body', body, 'parent_id', parent_id) ORDER BY created_at) AS comments
                            FROM comment WHERE organization_id = $3 AND deleted_at IS NULL GROUP BY contribution_id) cm ON cm.contribution_id = c.id
              WHERE c.organization_id = $3 AND c.prompt_id = ANY($1::uuid[]) AND c.status = 'PUBLISHED' AND c.deleted_at IS NULL
              ORDER BY c.published_at, c.id`,
            [promptIds, viewerId, huddle.organizationId],
          ) as Promise<ContributionRow[]>,
          this.dataSource.query(
            `SELECT f.id, f.contribution_id, f.author_id, f.rubric, f.helpful_at, f.created_at, f.updated_at,
                    CASE WHEN f.helpful_at IS NOT NULL THEN f.answers END AS answers
               FROM feedback f
              WHERE f.organization_id = $2 AND f.prompt_id = ANY($1::uuid[])`,
            [promptIds, huddle.organizationId],
          ) as Promise<FeedbackRow[]>,
          this.dataSource.query(`SELECT id, sections, rubric FROM feedback_protocol WHERE id = ANY($1::uuid[])`, [
            [...new Set(prompts.map((p) => p.protocolId ?? DEFAULT_PROTOCOL_ID))],
          ]) as Promise<Array<Pick<FeedbackProtocolEntity, 'id' | 'sections' | 'rubric'>>>,
        ])
      : [[], [], []];

    const promptById = new Map(prompts.map((p) => [p.id, p]));
    const protocolOf = (p: PromptEntity) => protocols.find((x) => x.id === (p.protocolId ?? DEFAULT_PROTOCOL_ID));
    const feedbackByContribution = new Map<string, FeedbackRow[]>();
    // Feedback on deleted contributions has no entry in promptOfContribution and is ignored below.
    for (const f of feedback) {
      const list = feedbackByContribution.get(f.contribution_id);
      if (list) list.push(f);
      else feedbackByContribution.set(f.contribution_id, [f]);
    }

    const toBriefContribution = (c: ContributionRow): BriefContribution => {
      const prompt = promptById.get(c.prompt_id)!;
      const protocol = protocolOf(prompt);
      const rows = feedbackByContribution.get(c.id) ?? [];
      const averages: RubricAverage[] = (protocol?.rubric ?? [])
        .map((criterion) => {
          const levels = rows.map((f) => f.rubric[criterion.key]).filter((x): x is number => typeof x === 'number');
          return levels.length
            ? Object.assign(new RubricAverage(), {
                criterionKey: criterion.key,
                label: criterion.label,
                average: Math.round((levels.reduce((a, b) => a + b, 0) / levels.length) * 10) / 10,
              })
            : null;
        })
        .filter((x): x is RubricAverage => !!x);
      const helpful = rows
        .filter((f) => f.helpful_at && f.answers)
        .map((f) =>
          Object.assign(new Feedback(), {
            id: f.id,
            contributionId: c.id,
            promptId: c.prompt_id,
            author:
              profile.get(f.author_id) ??
              Object.assign(new UserProfile(), {
                id: f.author_id,
                displayName: 'Former member',
                avatarUrl: null,
                timeZone: 'UTC',
              }),
            answers: (protocol?.sections ?? [])
              .filter((s) => f.answers![s.key])
              .map((s) => ({ sectionKey: s.key, label: s.label, text: f.answers![s.key] })),
            rubric: [],
            helpful: true,
            isMine: f.author_id === viewerId,
            createdAt: f.created_at,
            updatedAt: f.updated_at,
          }),
        );
      const hide = hidesAuthor(access, prompt.anonymity, c.author_id);
      return Object.assign(new BriefContribution(), {
        id: c.id,
        kind: c.kind,
        excerpt: c.body.length > EXCERPT ? `${c.body.slice(0, EXCERPT).trimEnd()}…` : c.body,
        author: hide ? null : (profile.get(c.author_id) ?? null),
        spotlighted: !!c.spotlighted_at,
        reviewCount: rows.length,
        needsDiscussionVotes: c.votes,
        viewerFlagged: c.flagged,
        helpfulFeedback: helpful,
        rubricAverages: averages,
      });
    };

    // Every published contribution is read (participation counts need them all); which ones this
    // viewer may see is decided by canSeeContribution, the pure twin of VISIBLE_CONTRIBUTION_SQL.
    const now = new Date();
    const viewerPublished = new Set(contributions.filter((c) => c.author_id === viewerId).map((c) => c.prompt_id));
    for (const c of contributions) {
      const prompt = promptById.get(c.prompt_id)!;
      c.visible = canSeeContribution(
        access,
        {
          authorId: c.author_id,
          status: ContributionStatus.PUBLISHED,
          deletedAt: null,
          revealRule: prompt.revealRule,
          revealAt: prompt.revealAt,
          viewerHasPublished: viewerPublished.has(c.prompt_id),
        },
        now,
      );
    }
    const visible = contributions.filter((c) => c.visible);
    const byPrompt = new Map<string, ContributionRow[]>(promptIds.map((id) => [id, []]));
    for (const c of contributions) byPrompt.get(c.prompt_id)?.push(c);
    const promptOfContribution = new Map(contributions.map((c) => [c.id, c.prompt_id]));
    const giversByPrompt = new Map<string, Set<string>>(promptIds.map((id) => [id, new Set()]));
    for (const f of feedback) giversByPrompt.get(promptOfContribution.get(f.contribution_id) ?? '')?.add(f.author_id);
    const postedByPrompt = new Map(promptIds.map((id) => [id, new Set(byPrompt.get(id)!.map((c) => c.author_id))]));
    const briefById = new Map(visible.map((c) => [c.id, toBriefContribution(c)]));
    const cohortMembers = members.filter((m) => m.role === CohortRole.MEMBER);

    const briefPrompts = prompts.map((prompt) => {
      const all = byPrompt.get(prompt.id)!;
      const postedIds = postedByPrompt.get(prompt.id)!;
      const givers = giversByPrompt.get(prompt.id)!;
      const namesVisible =
        facilitator || (prompt.revealRule === RevealRule.OPEN && prompt.anonymity === Anonymity.NONE);
      const mine = all.filter((c) => c.visible);
      const ordered = [...mine].sort(
        (a, b) =>
          Number(!!b.spotlighted_at) - Number(!!a.spotlighted_at) ||
          b.votes - a.votes ||
          +new Date(a.published_at) - +new Date(b.published_at),
      );
      return Object.assign(new BriefPrompt(), {
        promptId: prompt.id,
        title: prompt.title,
        participation: {
          memberCount: cohortMembers.length,
          postedCount: cohortMembers.filter((m) => postedIds.has(m.user_id)).length,
          feedbackGivenCount: cohortMembers.filter((m) => givers.has(m.user_id)).length,
          receivedFeedbackCount: all.filter((c) => (feedbackByContribution.get(c.id) ?? []).length > 0).length,
          namesVisible,
          posted: namesVisible
            ? cohortMembers.filter((m) => postedIds.has(m.user_id)).map((m) => profile.get(m.user_id)!)
            : [],
          notPosted: namesVisible
            ? cohortMembers.filter((m) => !postedIds.has(m.user_id)).map((m) => profile.get(m.user_id)!)
            : [],
        },
        contributionCount: mine.length,
        contributions: ordered.slice(0, options.first).map((c) => briefById.get(c.id)!),
      });
    });

    const openQuestions: BriefQuestion[] = [];
    for (const c of visible) {
      const answered = c.comments.length > 0 || (feedbackByContribution.get(c.id) ?? []).length > 0;
      if (c.kind === ContributionKind.QUESTION && !answered) {
        openQuestions.push({
          contributionId: c.id,
          commentId: null,
          text: briefById.get(c.id)!.excerpt,
          promptId: c.prompt_id,
        });
      }
      for (const comment of c.comments) {
        const replied = c.comments.some((r) => r.parent_id === comment.id);
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

    const themes = this.themesOf(visible).map((t) => ({ label: t.label, terms: t.terms, contributionIds: t.ids }));
    const everyPrompt = (userId: string) => promptIds.every((id) => postedByPrompt.get(id)!.has(userId));

    return Object.assign(new Brief(), {
      huddleId: huddle.id,
      prompts: briefPrompts,
      openQuestions,
      spotlights: visible.filter((c) => c.spotlighted_at).map((c) => briefById.get(c.id)!),
      needsDiscussion: visible
        .filter((c) => c.votes > 0)
        .sort((a, b) => b.votes - a.votes || a.id.localeCompare(b.id))
        .map((c) => briefById.get(c.id)!),
      themes,
      viewerHasRead: members.some((m) => m.user_id === viewerId && m.brief_read_at),
      readers: {
        readCount: members.filter((m) => m.brief_read_at).length,
        memberCount: members.length,
        readers: facilitator ? members.filter((m) => m.brief_read_at).map((m) => profile.get(m.user_id)!) : [],
      },
      completion:
        cohortMembers.length && prompts.length
          ? cohortMembers.filter((m) => everyPrompt(m.user_id)).length / cohortMembers.length
          : 0,
    });
  }
}
