/**
 * `pnpm bench:grouping` — teams formed by need for 1,000 members × 30 practices: how long
 * suggestGroups takes (the pure function the suggestTeams query runs after its two reads).
 * The data set is generated from a fixed seed, so every run groups the same people.
 */
import { performance } from 'node:perf_hooks';
import { type GroupingMember, suggestGroups } from '../src/modules/self-assessment/team-grouping.rules';

const MEMBERS = Number(process.env.BENCH_MEMBERS ?? 1000);
const PRACTICES = Number(process.env.BENCH_PRACTICES ?? 30);
const RUNS = Number(process.env.BENCH_RUNS ?? 20);

let state = 12345;
const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;

const practices = Array.from({ length: PRACTICES }, (_, i) => ({ key: `p${i}`, title: `Practice ${i + 1}` }));
// Some practices are wanted far more than others, as in a real school.
const popular = (): string => practices[Math.floor(PRACTICES * next() ** 2)]!.key;
const members: GroupingMember[] = Array.from({ length: MEMBERS }, (_, i) => {
  const growthKeys = [...new Set([popular(), popular(), popular()])];
  return {
    userId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    growthKeys,
    levels: Object.fromEntries(practices.map((p) => [p.key, 1 + Math.floor(next() * 4)])),
    existingGroupId: `team-${i % 40}`,
  };
});

const options = {
  teamSize: 5,
  seed: 1,
  mixExistingGroups: true,
  requireStrongMember: true,
  strongLevel: 3,
  practices,
};
suggestGroups(members, options); // warm-up
const times: number[] = [];
let groups = suggestGroups(members, options);
for (let run = 0; run < RUNS; run++) {
  const start = performance.now();
  groups = suggestGroups(members, { ...options, seed: run + 1 });
  times.push(performance.now() - start);
}
times.sort((a, b) => a - b);
const warnings = groups.filter((g) => g.warnings.length).length;
console.info(
  `grouping ${MEMBERS} members × ${PRACTICES} practices into teams of ${options.teamSize}: ` +
    `${groups.length} teams (${warnings} with a warning); ` +
    `suggestion time p50 ${times[Math.floor(RUNS / 2)]!.toFixed(1)} ms, max ${times.at(-1)!.toFixed(1)} ms over ${RUNS} runs (aim < 1000 ms)`,
);
