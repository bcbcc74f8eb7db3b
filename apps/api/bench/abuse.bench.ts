/**
 * `pnpm bench:abuse` — does one member's abuse slow everyone else down?
 * Serves the real app over HTTP on a fresh database (embedded PostgreSQL, or DATABASE_URL's server)
 * with a seeded cohort, and measures an honest member's `me` (p50/p95) with no attack, then while
 * attackers send what the operation limits refuse (1,000 aliases of the brief, deep nesting, four
 * briefs in one request; one connection each, back to back) beside a burst of 30 parallel signIn
 * attempts every second, then while one sends the largest operation still allowed (three briefs)
 * back to back. Not a test: it prints numbers to compare. The client runs on the same machine.
 */
import { performance } from 'node:perf_hooks';
import { createBulkCohort } from '../src/database/bulk/bulk-cohort';
import { withBenchDatabase } from './bench-database';
import { fmt, runBench, seedAnalyzed, serveApp, signInCookie, stats } from './bench-kit';

const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 300);
const ME = `query { me { id displayName } }`;
const SIGN_IN = `mutation ($input: SignInInput!) { signIn(input: $input) { id } }`;

interface Answer {
  ms: number;
  code: string;
}

function client(base: string) {
  return async (query: string, variables?: unknown, headers: Record<string, string> = {}): Promise<Answer> => {
    const started = performance.now();
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { errors?: { extensions?: { code?: string } }[] };
    return { ms: performance.now() - started, code: body.errors?.[0]?.extensions?.code ?? 'OK' };
  };
}

/** Runs `attack` in `workers` loops until `stop` resolves; collects each answer under `name`. */
function keepAttacking(
  results: Map<string, Answer[]>,
  name: string,
  workers: number,
  attack: () => Promise<Answer | Answer[]>,
  stopped: () => boolean,
): Promise<void> {
  const answers: Answer[] = results.get(name) ?? [];
  results.set(name, answers);
  return Promise.all(
    Array.from({ length: workers }, async () => {
      while (!stopped()) answers.push(...([] as Answer[]).concat(await attack()));
    }),
  ).then(() => undefined);
}

async function measureMe(me: () => Promise<Answer>): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    const answer = await me();
    if (answer.code !== 'OK') throw new Error(`honest me failed: ${answer.code}`);
    samples.push(answer.ms);
  }
  return samples;
}

runBench(() =>
  withBenchDatabase('openhuddle_abuse', async (url, where) => {
    const { seeded: bulk } = await seedAnalyzed(url, (dataSource, passwordHash) =>
      createBulkCohort(dataSource, { members: 200, prompts: 6, feedbackEach: 2, passwordHash, tag: 'abuse' }),
    );
    const { app, base } = await serveApp(url);
    const send = client(base);
    const honest = await signInCookie(base, bulk.facilitatorEmail);
    const attacker = await signInCookie(base, bulk.memberEmail);
    const me = () => send(ME, undefined, { cookie: honest });
    const asAttacker = (query: string) => () => send(query, { id: bulk.huddleId }, { cookie: attacker });

    const briefs = (n: number) =>
      `query ($id: ID!) { ${Array.from({ length: n }, (_, i) => `b${i}: brief(huddleId: $id) { completion prompts { contributions { id excerpt } } }`).join(' ')} }`;
    let deep = 'id';
    for (let i = 0; i < 40; i++) deep = `organization { id cohorts { ${deep} } }`;
    const deepQuery = `query ($id: ID!) { huddle(id: $id) { id } me { id } c: cohort(id: "${bulk.cohortId}") { ${deep} } }`;
    let burst = 0;
    // 30 at once, wrong passwords against one real account from 30 addresses, once a second.
    const signInBurst = async () => {
      burst++;
      const pause = new Promise((resolve) => setTimeout(resolve, 1000));
      const answers = await Promise.all(
        Array.from({ length: 30 }, (_, i) =>
          send(
            SIGN_IN,
            { input: { email: bulk.memberEmail, password: `wrong-${burst}-${i}` } },
            {
              'x-forwarded-for': `10.1.${burst % 250}.${i + 1}`,
            },
          ),
        ),
      );
      await pause;
      return answers;
    };

    for (let i = 0; i < 20; i++) await me(); // warm-up
    const quiet = await measureMe(me);

    const refused = new Map<string, Answer[]>();
    let stop = false;
    const attacks = Promise.all([
      keepAttacking(refused, '1,000 aliases of brief', 1, asAttacker(briefs(1000)), () => stop),
      keepAttacking(refused, 'nesting 80 levels deep', 1, asAttacker(deepQuery), () => stop),
      keepAttacking(refused, '4 briefs (over the cost budget)', 1, asAttacker(briefs(4)), () => stop),
      // BENCH_SIGNIN=0 leaves the sign-in bursts out, to tell their share of the slowdown.
      process.env.BENCH_SIGNIN === '0'
        ? Promise.resolve()
        : keepAttacking(refused, '30 parallel signIn per second (wrong pw)', 1, signInBurst, () => stop),
    ]);
    const underRefused = await measureMe(me);
    stop = true;
    await attacks;

    const allowed = new Map<string, Answer[]>();
    stop = false;
    const allowedAttacks = keepAttacking(allowed, '3 briefs (largest allowed)', 2, asAttacker(briefs(3)), () => stop);
    const underAllowed = await measureMe(me);
    stop = true;
    await allowedAttacks;
    await app.close();

    const row = (label: string, samples: number[]) => {
      const s = stats(samples);
      return `${label.padEnd(52)}${fmt(s.p50)}${fmt(s.p95)}${fmt(s.max)}`;
    };
    const attackRows = [...refused, ...allowed].map(([label, answers]) => {
      const codes = new Map<string, number>();
      for (const a of answers) codes.set(a.code, (codes.get(a.code) ?? 0) + 1);
      const s = stats(answers.map((a) => a.ms));
      const codeList = [...codes].map(([code, n]) => `${code} ×${n}`).join(', ');
      return `  ${label.padEnd(38)}${String(answers.length).padStart(6)}${fmt(s.p50)}${fmt(s.p95)}   ${codeList}`;
    });
    const p95 = stats(underRefused).p95;
    process.stdout.write(
      [
        '',
        `abuse benchmark — cohort of 200 members × 6 prompts; ${SAMPLES} sequential honest \`me\` requests per row`,
        `database: ${where}`,
        '',
        `honest member's \`me\`                                   p50 ms  p95 ms  max ms`,
        row('no attack', quiet),
        row('during refused attacks + signIn bursts', underRefused),
        row('during the largest allowed operation (3 briefs)', underAllowed),
        '',
        `attacks                                  sent  p50 ms  p95 ms   answers`,
        ...attackRows,
        '',
        `aim: honest p95 under 50 ms during the refused attacks — ${p95 < 50 ? 'met' : 'NOT met'} (${p95.toFixed(1)} ms)`,
        '',
      ].join('\n'),
    );
  }),
);
