import { ParticipationState } from '@openhuddle/shared';
import type { AnalyticsPerson, FeedbackEdge, FunnelRow } from './dto/cohort-analytics.types';
import type {
  AnalyticsCellRow,
  AnalyticsContributionRow,
  AnalyticsEdgeRow,
  AnalyticsPromptRow,
} from './cohort-analytics.repository';

/** The person key of authors this viewer may not learn: one node for all of them. */
export const ANONYMOUS_KEY = 'anonymous';
export const ANONYMOUS: AnalyticsPerson = { key: ANONYMOUS_KEY, displayName: 'Anonymous author', teamName: null };

/**
 * A heatmap cell: published by the due time (else the closing time; no deadline is on time), late
 * after it, or missing (a draft counts as missing: drafts are private to their author, PRODUCT.md rule 5) — HIDDEN when the viewer may not learn who posted.
 */
export function participationState(
  cell: Pick<AnalyticsCellRow, 'first_published_at'> | undefined,
  prompt: Pick<AnalyticsPromptRow, 'due_at' | 'closes_at'>,
  shown: { whoPosted: boolean },
): ParticipationState {
  if (!shown.whoPosted) return ParticipationState.HIDDEN;
  const published = cell?.first_published_at ?? null;
  if (published) {
    const deadline = prompt.due_at ?? prompt.closes_at;
    return deadline && published > deadline ? ParticipationState.LATE : ParticipationState.ON_TIME;
  }
  return ParticipationState.MISSING;
}

/** posted → received feedback → marked helpful → revised after feedback, per prompt. */
export function funnelOf(
  prompts: Array<Pick<AnalyticsPromptRow, 'id' | 'title'>>,
  contributions: AnalyticsContributionRow[],
): FunnelRow[] {
  return prompts.map((p) => {
    const mine = contributions.filter((c) => c.prompt_id === p.id);
    return {
      promptId: p.id,
      title: p.title,
      posted: mine.length,
      receivedFeedback: mine.filter((c) => c.feedback_count > 0).length,
      markedHelpful: mine.filter((c) => c.helpful).length,
      revised: mine.filter((c) => c.revised).length,
    };
  });
}

/**
 * Who helps whom: one edge per giver and receiver; receivers the viewer may not learn (anonymous
 * prompts) are merged into one anonymous node, so the count of edges tells nothing either.
 */
export function networkOf(
  edges: AnalyticsEdgeRow[],
  people: Map<string, AnalyticsPerson & { teamId: string | null }>,
  hides: (edge: AnalyticsEdgeRow) => boolean,
): FeedbackEdge[] {
  const merged = new Map<string, FeedbackEdge>();
  for (const e of edges) {
    const from = people.get(e.giver_id);
    const receiver = people.get(e.receiver_id);
    if (!from || !receiver) continue;
    const hidden = hides(e);
    const to = hidden ? ANONYMOUS : receiver;
    const key = `${from.key}→${to.key}`;
    const sameTeam = !hidden && !!from.teamId && from.teamId === receiver.teamId;
    const edge = merged.get(key);
    if (edge) edge.count += e.n;
    else
      merged.set(key, {
        from: { key: from.key, displayName: from.displayName, teamName: from.teamName },
        to: { key: to.key, displayName: to.displayName, teamName: to.teamName },
        count: e.n,
        sameTeam,
      });
  }
  return [...merged.values()].sort(
    (a, b) =>
      b.count - a.count || a.from.displayName.localeCompare(b.from.displayName) || a.to.key.localeCompare(b.to.key),
  );
}
