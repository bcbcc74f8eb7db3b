import * as fs from 'node:fs';
import * as path from 'node:path';
import { Kind, parse, print, visit } from 'graphql';
import { REPO_ROOT } from '../src/config/app-config';
import { PasswordHasher } from '../src/modules/auth/password-hasher';
import { createBulkCohort } from '../src/database/bulk/bulk-cohort';
import type { GqlClient } from './gql-client';
import { scheduleHuddle } from './huddle-factories';
import { createCohortWorld, openPrompt } from './learning-factories';
import { startTestApp, type TestApp } from './test-app';

const SIGN_IN = `mutation ($input: SignInInput!) { signIn(input: $input) { id } }`;
const PROMPT_PAGE = `query ($id: ID!) { prompt(id: $id) { contributionCount newContributionCount contributions { id author { id displayName }
  reactions { kind count } attachments { id } feedback { id author { displayName } answers { label text } } comments { id } } } }`;
const COHORT_FEED = `query ($id: ID!) { cohort(id: $id) { name members { id } prompts { id title status contributionCount newContributionCount viewerHasPublished } huddles { id } viewerOwes { reviews } } }`;
const BRIEF = `query ($id: ID!) { brief(huddleId: $id) { prompts { contributionCount participation { postedCount } contributions { id excerpt helpfulFeedback { id } } }
  openQuestions { text } themes { label } readers { readCount } completion } }`;

/** Statement counts must not grow with the data: the same operation at two sizes issues the same SQL count. */
describe('statement counts do not grow with the data', () => {
  let t: TestApp;
  let hash: string;
  beforeAll(async () => {
    t = await startTestApp();
    hash = await new PasswordHasher().hash('password12');
  });
  afterAll(() => t.close());

  async function measure(size: { members: number; prompts: number; feedbackEach: number }, tag: string) {
    const bulk = await createBulkCohort(t.dataSource, { ...size, passwordHash: hash, tag });
    const client = t.client();
    await client.ok(SIGN_IN, { input: { email: bulk.memberEmail, password: 'password12' } });
    const results: Record<string, { statements: number; bytes: number; count?: number }> = {};
    for (const [name, query, variables] of [
      ['promptPage', PROMPT_PAGE, { id: bulk.promptIds[0] }],
      ['cohortFeed', COHORT_FEED, { id: bulk.cohortId }],
      ['brief', BRIEF, { id: bulk.huddleId }],
    ] as const) {
      const res = await client.request(query, variables);
      expect(res.errors).toBeUndefined();
      results[name] = { statements: res.extensions!.sqlStatements!, bytes: JSON.stringify(res).length };
    }
    results.promptPage.count = (await client.ok(PROMPT_PAGE, { id: bulk.promptIds[0] })).prompt.contributions.length;
    return results;
  }

  it('prompt page at 10 and 200 contributions, cohort feed, and the brief at 30 and 300 members', async () => {
    const small = await measure({ members: 10, prompts: 2, feedbackEach: 2 }, 'small');
    const large = await measure({ members: 200, prompts: 2, feedbackEach: 3 }, 'large');
    expect(small.promptPage.count).toBe(10);
    expect(large.promptPage.count).toBe(200);
    expect(large.promptPage.statements).toBe(small.promptPage.statements);
    expect(large.cohortFeed.statements).toBe(small.cohortFeed.statements);

    const b30 = await measure({ members: 30, prompts: 10, feedbackEach: 3 }, 'b30');
    const b300 = await measure({ members: 300, prompts: 10, feedbackEach: 3 }, 'b300');
    expect(b300.brief.statements).toBe(b30.brief.statements);
    // Session, huddle with the viewer's access, prompts, members, contributions (issue 4's aim: ≤ 5).
    expect(b300.brief.statements).toBeLessThanOrEqual(5);
    // The first view pages each prompt, so it stays small even for 300 × 10 contributions.
    expect(b300.brief.bytes).toBeLessThan(300 * 1024);
  });
});

/** The web app's own operations (apps/web/src/features/huddle/huddle.graphql), with the fragments each uses. */
function webOperation(name: string): string {
  const source = fs.readFileSync(path.join(REPO_ROOT, 'apps/web/src/features/huddle/huddle.graphql'), 'utf8');
  const definitions = parse(source).definitions;
  const operation = definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION && d.name?.value === name)!;
  const fragments = new Map(
    definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])),
  );
  const used = new Set<string>();
  const pending = [operation];
  while (pending.length) {
    visit(pending.pop()!, {
      FragmentSpread(node) {
        if (used.has(node.name.value)) return;
        used.add(node.name.value);
        pending.push(fragments.get(node.name.value)!);
      },
    });
  }
  return [operation, ...[...used].map((f) => fragments.get(f)!)].map((d) => print(d)).join('\n');
}

const ADD_AGENDA_ITEM = `mutation ($input: AgendaItemInput!) { addAgendaItem(input: $input) { id } }`;
const SAVE_NOTE = `mutation ($input: SaveNoteInput!) { saveHuddleNote(input: $input) { version } }`;
const RECORD_DECISION = `mutation ($input: RecordDecisionInput!) { recordDecision(input: $input) { id } }`;
const ADD_ACTION_ITEM = `mutation ($input: AddActionItemInput!) { addActionItem(input: $input) { id } }`;
// Every huddle of the cohort with everything its page reads: each list field must batch across huddles.
const COHORT_HUDDLES_DEEP = `query ($id: ID!) { cohort(id: $id) { huddles { id promptIds laterInSeries viewerCan { facilitate edit runLive }
  prompts { id } agenda { id } notes { body author { id } } decisions { id } actionItems { id owner { id } viewerCan { complete } } } } }`;

describe('huddle pages: statement counts do not grow with the data', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  /**
   * A cohort with `n` meetings (a weekly series). The first has `n` agenda items, each with a
   * note from the facilitator and a member, a decision and an action item; every later one has
   * one of each, so the cohort's list holds data under every huddle.
   */
  async function huddleWorld(n: number) {
    const world = await createCohortWorld(t, 2);
    const facilitator = world.facilitator.client;
    const [member] = world.members;
    const promptId = await openPrompt(facilitator, world.cohortId);
    const huddles = await scheduleHuddle(facilitator, world.cohortId, [promptId], {
      recurrence: n > 1 ? 'WEEKLY' : 'NONE',
      occurrences: n,
    });
    for (const [i, huddle] of huddles.entries()) {
      for (let k = 0; k < (i === 0 ? n : 1); k++) {
        const { addAgendaItem } = await facilitator.ok(ADD_AGENDA_ITEM, {
          input: { huddleId: huddle.id, title: `Item ${k + 1}`, timeBoxMinutes: 5 },
        });
        const agendaItemId = addAgendaItem.id as string;
        for (const who of [facilitator, member!.client])
          await who.ok(SAVE_NOTE, { input: { agendaItemId, body: `Notes on item ${k + 1}` } });
        await facilitator.ok(RECORD_DECISION, { input: { huddleId: huddle.id, agendaItemId, text: 'We agree' } });
        await facilitator.ok(ADD_ACTION_ITEM, {
          input: {
            huddleId: huddle.id,
            agendaItemId,
            ownerId: member!.id,
            text: 'Try it in class',
            dueOn: '2027-01-15',
          },
        });
      }
    }
    return { ...world, huddleId: huddles[0]!.id };
  }

  async function statements(client: GqlClient, query: string, variables: Record<string, unknown>) {
    const res = await client.request(query, variables);
    expect(res.errors).toBeUndefined();
    return { statements: res.extensions!.sqlStatements!, data: res.data as Record<string, any> };
  }

  it('the huddle page and the cohort’s huddles cost the same at 1 and 10 huddles, agenda items, notes and actions', async () => {
    const HUDDLE_PAGE = webOperation('Huddle');
    const COHORT_HUDDLES = webOperation('CohortHuddles');
    const counts = [];
    for (const n of [1, 10]) {
      const world = await huddleWorld(n);
      const member = world.members[0]!.client;
      const page = await statements(member, HUDDLE_PAGE, { id: world.huddleId });
      expect(page.data.huddle.agenda).toHaveLength(n);
      expect(page.data.huddle.notes).toHaveLength(2 * n);
      expect(page.data.huddle.decisions).toHaveLength(n);
      expect(page.data.huddle.actionItems).toHaveLength(n);
      const list = await statements(member, COHORT_HUDDLES, { id: world.cohortId });
      expect(list.data.cohort.huddles).toHaveLength(n);
      const deep = await statements(world.facilitator.client, COHORT_HUDDLES_DEEP, { id: world.cohortId });
      expect(deep.data.cohort.huddles.flatMap((h: { agenda: unknown[] }) => h.agenda)).toHaveLength(2 * n - 1);
      counts.push({ page: page.statements, list: list.statements, deep: deep.statements });
    }
    expect(counts[1]).toEqual(counts[0]);
  });
});
