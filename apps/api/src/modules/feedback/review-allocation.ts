import { ReviewGrouping } from '@openhuddle/shared';

export interface Reviewer {
  userId: string;
  teamId: string | null;
}

export interface ReviewTarget {
  contributionId: string;
  authorId: string;
  authorTeamId: string | null;
  /** Reviewers already assigned to it. */
  reviewerIds: string[];
}

export interface AllocationInput {
  reviewers: Reviewer[];
  targets: ReviewTarget[];
  perContribution: number;
  grouping: ReviewGrouping;
  /** Current number of reviews each reviewer owes for the prompt. */
  load: Map<string, number>;
  /** Deterministic tie-breaking for tests; defaults to Math.random. */
  random?: () => number;
}

export interface Assignment {
  contributionId: string;
  reviewerId: string;
}

function eligible(reviewer: Reviewer, target: ReviewTarget, grouping: ReviewGrouping): boolean {
  if (reviewer.userId === target.authorId || target.reviewerIds.includes(reviewer.userId)) return false;
  if (grouping === ReviewGrouping.WITHIN_TEAM) return !!reviewer.teamId && reviewer.teamId === target.authorTeamId;
  if (grouping === ReviewGrouping.ACROSS_TEAMS) return reviewer.teamId !== target.authorTeamId;
  return true;
}

/**
 * Tops every contribution up to `perContribution` reviewers, never self, honouring the team
 * rule, always picking among the least-loaded eligible reviewers (random among ties). Called
 * whenever a contribution is published, so late posts get reviewers and loads stay balanced:
 * no reviewer ever has more than one review above another eligible reviewer's load at pick time.
 */
export function allocateReviews(input: AllocationInput): Assignment[] {
  const random = input.random ?? Math.random;
  const load = new Map(input.load);
  const result: Assignment[] = [];
  // Contributions with the fewest reviewers go first, so shortages are spread evenly.
  const targets = [...input.targets].sort((a, b) => a.reviewerIds.length - b.reviewerIds.length);
  for (const target of targets) {
    const taken = new Set(target.reviewerIds);
    while (taken.size < input.perContribution) {
      const candidates = input.reviewers.filter((r) =>
        eligible(r, { ...target, reviewerIds: [...taken] }, input.grouping),
      );
      if (!candidates.length) break;
      const min = Math.min(...candidates.map((c) => load.get(c.userId) ?? 0));
      const least = candidates.filter((c) => (load.get(c.userId) ?? 0) === min);
      const pick = least[Math.floor(random() * least.length)];
      if (!pick) break;
      taken.add(pick.userId);
      load.set(pick.userId, min + 1);
      result.push({ contributionId: target.contributionId, reviewerId: pick.userId });
    }
  }
  return result;
}

/**
 * A late joiner gets reviews to give: moves open (not started) assignments from the most
 * loaded reviewers to the newcomer until loads differ by at most one.
 */
export function rebalanceForNewcomer(
  newcomer: Reviewer,
  open: Array<Assignment & { authorId: string; authorTeamId: string | null; reviewerTeamId: string | null }>,
  load: Map<string, number>,
  grouping: ReviewGrouping,
  assignedTo: Map<string, string[]>,
): Array<{ from: Assignment; toReviewerId: string }> {
  const moves: Array<{ from: Assignment; toReviewerId: string }> = [];
  const loads = new Map(load);
  let mine = loads.get(newcomer.userId) ?? 0;
  const pool = [...open];
  for (;;) {
    pool.sort((a, b) => (loads.get(b.reviewerId) ?? 0) - (loads.get(a.reviewerId) ?? 0));
    const index = pool.findIndex(
      (a) =>
        (loads.get(a.reviewerId) ?? 0) > mine + 1 &&
        eligible(
          newcomer,
          {
            contributionId: a.contributionId,
            authorId: a.authorId,
            authorTeamId: a.authorTeamId,
            reviewerIds: assignedTo.get(a.contributionId) ?? [],
          },
          grouping,
        ),
    );
    const [move] = index < 0 ? [] : pool.splice(index, 1);
    if (!move) return moves;
    loads.set(move.reviewerId, (loads.get(move.reviewerId) ?? 0) - 1);
    mine += 1;
    assignedTo.set(move.contributionId, [...(assignedTo.get(move.contributionId) ?? []), newcomer.userId]);
    moves.push({
      from: { contributionId: move.contributionId, reviewerId: move.reviewerId },
      toReviewerId: newcomer.userId,
    });
  }
}
