/** One respondent as grouping sees them: what they want to grow, how they rated themselves, their current team. */
export interface GroupingMember {
  userId: string;
  /** Practice keys, most wanted first (at most three). */
  growthKeys: readonly string[];
  /** Their self-rating per practice key. */
  levels: Readonly<Record<string, number>>;
  /** The team or cohort they are in now (null: none); "not all from one" spreads these. */
  existingGroupId: string | null;
}

export interface GroupingOptions {
  teamSize: number;
  /** The same seed and input give the same groups; another seed reshuffles. */
  seed: number;
  /** "Not all from one existing cohort/team." */
  mixExistingGroups: boolean;
  /** "At least one rated ≥ strongLevel in the practice." */
  requireStrongMember: boolean;
  strongLevel: number;
  practices: readonly { key: string; title: string }[];
}

export interface SuggestedGroup {
  /** The shared growth practice; null for the group of people whose picks few others shared. */
  practiceKey: string | null;
  userIds: string[];
  explanation: string;
  /** A constraint that could not be met, said plainly. */
  warnings: string[];
}

/** A small seeded generator (mulberry32): deterministic, fast, good enough to shuffle. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled<T>(items: readonly T[], next: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * Puts each member with the practice they most want to grow that enough others share: the most
 * wanted practice is taken first (ties: the higher-ranked picks, then the framework's order), and
 * a practice with fewer than `minSize` takers is left for their next pick.
 */
function clusterByNeed(members: readonly GroupingMember[], practiceKeys: readonly string[], minSize: number) {
  const order = new Map(practiceKeys.map((k, i) => [k, i]));
  const left = new Set(members.map((m) => m.userId));
  const byId = new Map(members.map((m) => [m.userId, m]));
  const clusters: { practiceKey: string | null; userIds: string[] }[] = [];
  for (;;) {
    const demand = new Map<string, { count: number; weight: number }>();
    for (const id of left)
      byId.get(id)!.growthKeys.forEach((key, rank) => {
        if (!order.has(key)) return;
        const d = demand.get(key) ?? { count: 0, weight: 0 };
        d.count += 1;
        d.weight += 3 - rank;
        demand.set(key, d);
      });
    const best = [...demand.entries()].sort(
      (a, b) => b[1].count - a[1].count || b[1].weight - a[1].weight || order.get(a[0])! - order.get(b[0])!,
    )[0];
    if (!best || best[1].count < minSize) break;
    const userIds = [...left].filter((id) => byId.get(id)!.growthKeys.includes(best[0]));
    userIds.forEach((id) => left.delete(id));
    clusters.push({ practiceKey: best[0], userIds });
  }
  if (left.size) clusters.push({ practiceKey: null, userIds: [...left] });
  return clusters;
}

const isStrong = (m: GroupingMember, key: string | null, level: number) => !!key && (m.levels[key] ?? 0) >= level;

/** Deals a cluster into balanced teams: strong members first, each existing group spread across teams. */
function deal(cluster: GroupingMember[], key: string | null, teams: number, o: GroupingOptions): GroupingMember[][] {
  const groupSize = new Map<string, number>();
  for (const m of cluster) groupSize.set(m.existingGroupId ?? '', (groupSize.get(m.existingGroupId ?? '') ?? 0) + 1);
  const ordered = [...cluster].sort(
    (a, b) =>
      Number(isStrong(b, key, o.strongLevel)) - Number(isStrong(a, key, o.strongLevel)) ||
      (groupSize.get(b.existingGroupId ?? '') ?? 0) - (groupSize.get(a.existingGroupId ?? '') ?? 0) ||
      (a.existingGroupId ?? '').localeCompare(b.existingGroupId ?? ''),
  );
  const out: GroupingMember[][] = Array.from({ length: teams }, () => []);
  // A snake draft (0,1,2,2,1,0,…) keeps team sizes within one and spreads each kind evenly.
  ordered.forEach((m, i) => {
    const lap = Math.floor(i / teams);
    const at = i % teams;
    out[lap % 2 === 0 ? at : teams - 1 - at]!.push(m);
  });
  return out;
}

const allFromOne = (team: readonly GroupingMember[]) =>
  team.length > 1 && !!team[0]!.existingGroupId && team.every((m) => m.existingGroupId === team[0]!.existingGroupId);

/** Swaps members between teams of a cluster until each constraint holds where it can. */
function repair(teams: GroupingMember[][], key: string | null, o: GroupingOptions): void {
  const strong = (m: GroupingMember) => isStrong(m, key, o.strongLevel);
  for (const team of teams) {
    if (o.requireStrongMember && key && !team.some(strong)) {
      const donor = teams.find((t) => t.filter(strong).length > 1);
      const giver = donor?.find(strong);
      const taker = team.find((m) => !strong(m));
      if (donor && giver && taker) {
        donor.splice(donor.indexOf(giver), 1, taker);
        team.splice(team.indexOf(taker), 1, giver);
      }
    }
    if (o.mixExistingGroups && allFromOne(team)) {
      const group = team[0]!.existingGroupId;
      for (const other of teams) {
        if (other === team) continue;
        const giver = other.find(
          (m) =>
            m.existingGroupId !== group && (!o.requireStrongMember || !strong(m) || other.filter(strong).length > 1),
        );
        const taker = [...team]
          .reverse()
          .find((m) => !o.requireStrongMember || !strong(m) || team.filter(strong).length > 1);
        if (!giver || !taker) continue;
        other.splice(other.indexOf(giver), 1, taker);
        team.splice(team.indexOf(taker), 1, giver);
        if (allFromOne(other)) {
          // Undo: the swap only moved the problem.
          other.splice(other.indexOf(taker), 1, giver);
          team.splice(team.indexOf(giver), 1, taker);
          continue;
        }
        break;
      }
    }
  }
}

function explain(team: readonly GroupingMember[], key: string | null, title: string | null, o: GroupingOptions) {
  const n = team.length;
  const choosers = key ? team.filter((m) => m.growthKeys.includes(key)).length : 0;
  const who = choosers === n ? (n === 1 ? 'This person' : `These ${n}`) : `${choosers} of these ${n}`;
  const explanation = key
    ? `${who} chose ${title} as a practice to grow.${choosers < n ? ' The others chose practices too few others shared.' : ''}`
    : `${n === 1 ? 'This person' : `These ${n}`} chose practices few others chose (or none): a mixed team.`;
  const warnings: string[] = [];
  const strongCount = team.filter((m) => isStrong(m, key, o.strongLevel)).length;
  if (o.requireStrongMember && key && !strongCount)
    warnings.push(`Nobody here rated themselves ${o.strongLevel} or above in ${title}.`);
  if (o.mixExistingGroups && allFromOne(team)) warnings.push('Everyone here is from the same team or cohort.');
  return {
    explanation:
      strongCount && key
        ? `${explanation} ${strongCount === 1 ? 'One of them rates' : `${strongCount} of them rate`} themselves ${o.strongLevel} or above in it.`
        : explanation,
    warnings,
  };
}

/**
 * Suggests teams formed by need from a round's results: members who share a growth practice,
 * in balanced teams of about `teamSize`, strong members and existing teams spread, each team
 * explained. Pure and deterministic: the same members, options and seed give the same teams
 * in the same order.
 */
export function suggestGroups(members: readonly GroupingMember[], o: GroupingOptions): SuggestedGroup[] {
  const next = random(o.seed);
  const stable = shuffled(
    [...members].sort((a, b) => (a.userId < b.userId ? -1 : a.userId > b.userId ? 1 : 0)),
    next,
  );
  const titles = new Map(o.practices.map((p) => [p.key, p.title]));
  const minSize = Math.max(2, Math.ceil(o.teamSize / 2));
  const byId = new Map(stable.map((m) => [m.userId, m]));
  const clusters = clusterByNeed(
    stable,
    o.practices.map((p) => p.key),
    minSize,
  );
  const formed = clusters.flatMap(({ practiceKey, userIds }) => {
    const cluster = userIds.map((id) => byId.get(id)!);
    const count = Math.max(1, Math.round(cluster.length / o.teamSize));
    const teams = deal(cluster, practiceKey, count, o);
    repair(teams, practiceKey, o);
    return teams.map((team) => ({ practiceKey, team }));
  });
  // Too few left over for a team of their own: each joins the smallest team, one of their picks first.
  const last = formed.at(-1);
  if (last && last.practiceKey === null && last.team.length < minSize && formed.length > 1) {
    formed.pop();
    for (const m of last.team) {
      const bySize = [...formed].sort((a, b) => a.team.length - b.team.length);
      (bySize.find((f) => m.growthKeys.includes(f.practiceKey!)) ?? bySize[0]!).team.push(m);
    }
  }
  return formed.map(({ practiceKey, team }) => ({
    practiceKey,
    userIds: team.map((m) => m.userId),
    ...explain(team, practiceKey, practiceKey ? (titles.get(practiceKey) ?? practiceKey) : null, o),
  }));
}
