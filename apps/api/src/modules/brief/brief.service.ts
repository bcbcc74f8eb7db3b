import { Injectable } from '@nestjs/common';
import {
  Anonymity,
  CohortRole,
  ContributionStatus,
  type Language,
  PeerVisibility,
  RevealRule,
} from '@openhuddle/shared';
import { type CohortAccess, canManageCohort, seesAsFacilitator } from '../cohort/cohort.policy';
import { canSeeContribution, hidesAuthor } from '../contribution/contribution.visibility';
import { Feedback, RubricAverage } from '../feedback/dto/feedback.types';
import { answersInOrder } from '../feedback/feedback.mapper';
import type { HuddleEntity } from '../huddle/huddle.entity';
import { PromptEntity } from '../prompt/prompt.entity';
import { UserProfile } from '../user/dto/user.types';
import { Brief, BriefContribution, BriefPrompt, BriefQuestion } from './brief.types';
import { type Audience, BriefQueries, type ContributionRow, EXCERPT, type MemberRow } from './brief.queries';
import { computeThemes, type Theme } from './themes';

const excerptOf = (body: string) => (body.length > EXCERPT ? `${body.slice(0, EXCERPT).trimEnd()}…` : body);

const HIDDEN_BECAUSE: Record<RevealRule, PeerVisibility> = {
  [RevealRule.OPEN]: PeerVisibility.VISIBLE,
  [RevealRule.POST_FIRST]: PeerVisibility.AFTER_VIEWER_POSTS,
  [RevealRule.AT_TIME]: PeerVisibility.AT_REVEAL_TIME,
  [RevealRule.FACILITATORS_ONLY]: PeerVisibility.FACILITATORS_ONLY,
};

/** Would this viewer read a peer's published contribution to the prompt now? (The reveal rule, as everywhere.) */
function peerVisibilityOf(access: CohortAccess, prompt: PromptEntity, viewerHasPublished: boolean): PeerVisibility {
  const peer = {
    authorId: '',
    status: ContributionStatus.PUBLISHED,
    deletedAt: null,
    revealRule: prompt.revealRule,
    revealAt: prompt.revealAt,
    viewerHasPublished,
  };
  return canSeeContribution(access, peer) ? PeerVisibility.VISIBLE : HIDDEN_BECAUSE[prompt.revealRule];
}

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

  constructor(private readonly queries: BriefQueries) {}

  private knownThemeKeys(huddleId: string): string[] {
    return [...(this.themeCache.get(huddleId)?.keys() ?? [])];
  }

  private computeAndRememberThemes(
    huddleId: string,
    key: string,
    data: { contributions: Array<{ id: string; body: string | null }>; language: Language },
  ): Theme[] {
    const themes = computeThemes(
      data.contributions.map((c) => ({ id: c.id, text: c.body ?? '' })),
      { language: data.language },
    );
    this.rememberThemes(huddleId, key, themes);
    return themes;
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
    let data = await this.queries.read(huddle, viewerId, options.first, audience, knownThemeKeys);
    const themesKey = data.contributions.find((c) => c.themes_key)?.themes_key ?? null;
    let themes = themesKey ? this.themeCache.get(huddle.id)?.get(themesKey) : [];
    if (!themes && knownThemeKeys.includes(themesKey!)) {
      // Another request evicted these themes while this one read excerpts only: read again with
      // whole texts (rare: eviction needs eight newer visible sets of this huddle in between).
      data = await this.queries.read(huddle, viewerId, options.first, audience, []);
    }
    const { promptRows, receivedFeedback, position, members, contributions } = data;
    themes ??= this.computeAndRememberThemes(huddle.id, themesKey!, data);

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
      const averages: RubricAverage[] = (protocol?.rubric ?? []).flatMap((criterion) => {
        const average = rubricAverages[criterion.key];
        if (typeof average !== 'number') return [];
        return [
          Object.assign(new RubricAverage(), {
            criterionKey: criterion.key,
            label: criterion.label,
            average: Math.round(average * 10) / 10,
          }),
        ];
      });
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
        promptId: c.prompt_id,
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
    const viewerRow = members.find((m) => m.user_id === viewerId);

    const briefPrompts = prompts.map((prompt) => {
      const all = byPrompt.get(prompt.id)!;
      const namesVisible =
        facilitator || (prompt.revealRule === RevealRule.OPEN && prompt.anonymity === Anonymity.NONE);
      const hasPosted = (m: MemberRow) => bit(m.posted_mask, prompt);
      const page = all.filter((c) => c.rank <= options.first).sort((a, b) => a.rank - b.rank);
      return Object.assign(new BriefPrompt(), {
        promptId: prompt.id,
        title: prompt.title,
        anonymity: prompt.anonymity,
        revealRule: prompt.revealRule,
        peerVisibility: peerVisibilityOf(access, prompt, !!viewerRow && bit(viewerRow.posted_mask, prompt)),
        revealAt: prompt.revealAt,
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
