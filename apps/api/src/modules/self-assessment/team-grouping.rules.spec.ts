import { type GroupingMember, type GroupingOptions, suggestGroups } from './team-grouping.rules';

const practices = [
  { key: 'formative', title: 'Formative assessment' },
  { key: 'discussion', title: 'Student discussion' },
  { key: 'differentiation', title: 'Differentiation' },
];
const options: GroupingOptions = {
  teamSize: 4,
  seed: 7,
  mixExistingGroups: true,
  requireStrongMember: true,
  strongLevel: 3,
  practices,
};

/** Twelve people: eight want formative assessment (two strong), three discussion, one differentiation. */
const member = (n: number, growthKeys: string[], formative: number, team: string): GroupingMember => ({
  userId: `u${String(n).padStart(2, '0')}`,
  growthKeys,
  levels: { formative, discussion: 2, differentiation: 2 },
  existingGroupId: team,
});
const KNOWN: GroupingMember[] = [
  member(1, ['formative'], 3, 'math'),
  member(2, ['formative', 'discussion'], 1, 'math'),
  member(3, ['formative'], 2, 'math'),
  member(4, ['formative'], 2, 'math'),
  member(5, ['formative'], 4, 'math'),
  member(6, ['formative'], 1, 'science'),
  member(7, ['formative'], 2, 'science'),
  member(8, ['formative', 'differentiation'], 2, 'science'),
  member(9, ['discussion'], 2, 'science'),
  member(10, ['discussion', 'formative'], 2, 'english'),
  member(11, ['discussion'], 2, 'english'),
  member(12, ['differentiation'], 2, 'english'),
];

describe('teams formed by need', () => {
  it('groups people who share a growth practice into balanced teams, each explained', () => {
    const groups = suggestGroups(KNOWN, options);
    expect(groups.map((g) => [g.practiceKey, g.userIds.length])).toEqual([
      ['formative', 5],
      ['formative', 4],
      ['discussion', 3],
    ]);
    // Everyone is placed exactly once; the one person whose pick nobody shared joins the smallest team.
    expect(groups.flatMap((g) => g.userIds).sort()).toEqual(KNOWN.map((m) => m.userId).sort());
    expect(groups[2]!.userIds.sort()).toEqual(['u09', 'u11', 'u12']);
    expect(groups[2]!.explanation).toBe(
      '2 of these 3 chose Student discussion as a practice to grow. The others chose practices too few others shared.',
    );
  });

  it('puts at least one strong member in each team of a practice, and mixes existing teams', () => {
    const groups = suggestGroups(KNOWN, options).filter((g) => g.practiceKey === 'formative');
    for (const g of groups) {
      expect(g.userIds.some((id) => ['u01', 'u05'].includes(id))).toBe(true);
      expect(g.warnings).toEqual([]);
      expect(g.explanation).toMatch(
        /^These \d chose Formative assessment as a practice to grow\. One of them rates themselves 3 or above in it\.$/,
      );
      const teams = new Set(g.userIds.map((id) => KNOWN.find((m) => m.userId === id)!.existingGroupId));
      expect(teams.size).toBeGreaterThan(1);
    }
  });

  it('says when a constraint cannot be met', () => {
    const groups = suggestGroups(KNOWN, options);
    const discussion = groups.find((g) => g.practiceKey === 'discussion')!;
    expect(discussion.warnings).toEqual(['Nobody here rated themselves 3 or above in Student discussion.']);
  });

  it('is deterministic for the same input and seed, whatever the input order; another seed may differ', () => {
    const a = suggestGroups(KNOWN, options);
    const b = suggestGroups([...KNOWN].reverse(), options);
    expect(b).toEqual(a);
    const others = [1, 2, 3, 4, 5].map((seed) => suggestGroups(KNOWN, { ...options, seed }));
    expect(others.some((g) => JSON.stringify(g) !== JSON.stringify(a))).toBe(true);
  });

  it('gathers people whose picks few others share into one mixed team', () => {
    const loners = [
      member(1, ['formative'], 2, 'math'),
      member(2, ['discussion'], 2, 'math'),
      member(3, [], 2, 'science'),
    ];
    expect(suggestGroups(loners, options)).toEqual([
      {
        practiceKey: null,
        userIds: expect.arrayContaining(['u01', 'u02', 'u03']),
        explanation: 'These 3 chose practices few others chose (or none): a mixed team.',
        warnings: [],
      },
    ]);
  });
});
