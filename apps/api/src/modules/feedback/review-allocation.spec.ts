import { ReviewGrouping } from '@openhuddle/shared';
import { allocateReviews, rebalanceForNewcomer, type ReviewTarget } from './review-allocation';

function seeded(seed = 42) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

const people = (n: number, teams = 1) =>
  Array.from({ length: n }, (_, i) => ({ userId: `u${i}`, teamId: `t${i % teams}` }));
const targetsOf = (reviewers: ReturnType<typeof people>): ReviewTarget[] =>
  reviewers.map((r) => ({
    contributionId: `c-${r.userId}`,
    authorId: r.userId,
    authorTeamId: r.teamId,
    reviewerIds: [],
  }));

describe('allocateReviews', () => {
  it('gives every contribution N distinct reviewers, never its author, with loads within one', () => {
    const reviewers = people(9);
    const result = allocateReviews({
      reviewers,
      targets: targetsOf(reviewers),
      perContribution: 2,
      grouping: ReviewGrouping.ANY,
      load: new Map(),
      random: seeded(),
    });
    expect(result).toHaveLength(18);
    for (const t of targetsOf(reviewers)) {
      const mine = result.filter((a) => a.contributionId === t.contributionId).map((a) => a.reviewerId);
      expect(new Set(mine).size).toBe(2);
      expect(mine).not.toContain(t.authorId);
    }
    const loads = reviewers.map((r) => result.filter((a) => a.reviewerId === r.userId).length);
    expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);
  });

  it('keeps loads balanced when contributions arrive one by one, late posts included', () => {
    const reviewers = people(7);
    const load = new Map<string, number>();
    const all: ReturnType<typeof allocateReviews> = [];
    for (const target of targetsOf(reviewers)) {
      const got = allocateReviews({
        reviewers,
        targets: [target],
        perContribution: 3,
        grouping: ReviewGrouping.ANY,
        load,
        random: seeded(7),
      });
      for (const a of got) load.set(a.reviewerId, (load.get(a.reviewerId) ?? 0) + 1);
      all.push(...got);
      expect(got).toHaveLength(3);
    }
    // Greedy arrival cannot always reach a spread of one (an author never reviews themself),
    // but nobody ends up far ahead: at most two reviews between the busiest and the idlest.
    const loads = reviewers.map((r) => load.get(r.userId) ?? 0);
    expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(2);
    expect(loads.reduce((a, b) => a + b, 0)).toBe(21);
  });

  it('honours within-team and across-team rules', () => {
    const reviewers = people(8, 2);
    const within = allocateReviews({
      reviewers,
      targets: targetsOf(reviewers),
      perContribution: 2,
      grouping: ReviewGrouping.WITHIN_TEAM,
      load: new Map(),
      random: seeded(),
    });
    const across = allocateReviews({
      reviewers,
      targets: targetsOf(reviewers),
      perContribution: 2,
      grouping: ReviewGrouping.ACROSS_TEAMS,
      load: new Map(),
      random: seeded(),
    });
    const team = (id: string) => reviewers.find((r) => r.userId === id)!.teamId;
    for (const a of within) expect(team(a.reviewerId)).toBe(team(a.contributionId.slice(2)));
    for (const a of across) expect(team(a.reviewerId)).not.toBe(team(a.contributionId.slice(2)));
  });

  it('assigns fewer than N when not enough people are eligible, rather than the author', () => {
    const reviewers = people(2);
    const result = allocateReviews({
      reviewers,
      targets: targetsOf(reviewers),
      perContribution: 3,
      grouping: ReviewGrouping.ANY,
      load: new Map(),
    });
    expect(result).toEqual(
      expect.arrayContaining([
        { contributionId: 'c-u0', reviewerId: 'u1' },
        { contributionId: 'c-u1', reviewerId: 'u0' },
      ]),
    );
    expect(result).toHaveLength(2);
  });
});

describe('rebalanceForNewcomer', () => {
  it('moves open reviews from the busiest reviewers to a late joiner until loads are within one', () => {
    const open = [
      { contributionId: 'c1', reviewerId: 'a', authorId: 'x', authorTeamId: null, reviewerTeamId: null },
      { contributionId: 'c2', reviewerId: 'a', authorId: 'y', authorTeamId: null, reviewerTeamId: null },
      { contributionId: 'c3', reviewerId: 'a', authorId: 'z', authorTeamId: null, reviewerTeamId: null },
      { contributionId: 'c4', reviewerId: 'b', authorId: 'x', authorTeamId: null, reviewerTeamId: null },
      { contributionId: 'c5', reviewerId: 'b', authorId: 'y', authorTeamId: null, reviewerTeamId: null },
      { contributionId: 'c6', reviewerId: 'b', authorId: 'z', authorTeamId: null, reviewerTeamId: null },
    ];
    const moves = rebalanceForNewcomer(
      { userId: 'new', teamId: null },
      open,
      new Map([
        ['a', 3],
        ['b', 3],
      ]),
      ReviewGrouping.ANY,
      new Map(open.map((o) => [o.contributionId, [o.reviewerId]])),
    );
    expect(moves).toHaveLength(2);
    expect(new Set(moves.map((m) => m.from.reviewerId))).toEqual(new Set(['a', 'b']));
  });
});
