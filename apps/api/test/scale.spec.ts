import * as fs from 'node:fs';
import * as path from 'node:path';
import { Kind, parse, print, visit } from 'graphql';
import { REPO_ROOT } from '../src/config/app-config';
import { PasswordHasher } from '../src/modules/auth/password-hasher';
import { type BulkCohort, createBulkCohort } from '../src/database/bulk/bulk-cohort';
import type { GqlClient } from './gql-client';
import { scheduleHuddle } from './huddle-factories';
import { createCohortWorld, openPrompt } from './learning-factories';
import { startTestApp, type TestApp } from './test-app';

const SIGN_IN = `mutation ($input: SignInInput!) { signIn(input: $input) { id } }`;
const PROMPT_PAGE = `query ($id: ID!) { prompt(id: $id) { contributionCount newContributionCount contributions { id author { id displayName }
  viewerReviewAssignment { id } viewerOpenReviewsElsewhere
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

// The organisation home's Cohorts query (apps/web/src/features/cohort/cohort.graphql), reduced to the
// fields the learning modules resolve, and the queue page's myQueue (apps/web/src/features/queue).
const COHORTS = `query ($org: ID!) { cohorts(organizationId: $org) { id name viewerOwes { promptIds reviews }
  prompts { id title status dueAt } } }`;
const MY_QUEUE = `query ($org: ID!) { myQueue(organizationId: $org) {
  reviewsOwed { id contributionId promptId promptTitle dueAt locked unlocksByPosting contributionIsAnonymous contributionAuthor { id displayName } }
  unreadFeedback { id contributionId createdAt author { id displayName avatarUrl } answers { sectionKey label text } } } }`;

/** Gives the viewer open reviews: one on every contribution by someone else in the organization. */
async function assignReviews(t: TestApp, organizationId: string, reviewerEmail: string) {
  await t.dataSource.query(
    `INSERT INTO review_assignment (organization_id, prompt_id, contribution_id, reviewer_id, due_at)
     SELECT c.organization_id, c.prompt_id, c.id, u.id, now() + interval '1 day'
       FROM contribution c JOIN "user" u ON u.email = $2
      WHERE c.organization_id = $1 AND c.author_id <> u.id`,
    [organizationId, reviewerEmail],
  );
}

/**
 * Adds `count` more cohorts to the bulk cohort's organization, each with the same people, a copy of
 * its (open) prompts and one draft, and contributions from everyone but the bulk member.
 */
async function addCohorts(t: TestApp, bulk: BulkCohort, count: number) {
  for (let i = 0; i < count; i++) {
    const [{ id }] = await t.dataSource.query(
      `INSERT INTO cohort (organization_id, name) VALUES ($1, $2) RETURNING id`,
      [bulk.organizationId, `Extra cohort ${i}`],
    );
    await t.dataSource.query(
      `INSERT INTO cohort_member (organization_id, cohort_id, user_id, role)
       SELECT organization_id, $2, user_id, role FROM cohort_member WHERE cohort_id = $1`,
      [bulk.cohortId, id],
    );
    await t.dataSource.query(
      `INSERT INTO prompt (organization_id, cohort_id, title, instructions, opens_at, accepted_kinds, reveal_rule, anonymity,
                           protocol_id, review_mode, reviews_per_contribution, review_grouping, published_at, created_by_id)
       SELECT organization_id, $2::uuid, title, instructions, opens_at, accepted_kinds, reveal_rule, anonymity,
              protocol_id, review_mode, reviews_per_contribution, review_grouping, published_at, created_by_id
         FROM prompt WHERE cohort_id = $1
       UNION ALL
       (SELECT organization_id, $2::uuid, 'Draft', '', now() + interval '3 days', accepted_kinds, reveal_rule, anonymity,
               protocol_id, review_mode, reviews_per_contribution, review_grouping, NULL, created_by_id
          FROM prompt WHERE cohort_id = $1 LIMIT 1)`,
      [bulk.cohortId, id],
    );
    await t.dataSource.query(
      `INSERT INTO contribution (organization_id, cohort_id, prompt_id, author_id, kind, body, status, published_at)
       SELECT p.organization_id, p.cohort_id, p.id, cm.user_id, 'IDEA', 'Tried it', 'PUBLISHED', now()
         FROM prompt p JOIN cohort_member cm ON cm.cohort_id = p.cohort_id AND cm.role = 'MEMBER'
         JOIN "user" u ON u.id = cm.user_id AND u.email <> $2
        WHERE p.cohort_id = $1 AND p.published_at IS NOT NULL`,
      [id, bulk.memberEmail],
    );
  }
}

describe('organisation home and queue statement counts do not grow with the data', () => {
  let t: TestApp;
  let hash: string;
  beforeAll(async () => {
    t = await startTestApp();
    hash = await new PasswordHasher().hash('password12');
  });
  afterAll(() => t.close());

  async function measure(query: string, organizationId: string, email: string) {
    const client = t.client();
    await client.ok(SIGN_IN, { input: { email, password: 'password12' } });
    const res = await client.request(query, { org: organizationId });
    expect(res.errors).toBeUndefined();
    return { statements: res.extensions!.sqlStatements!, data: res.data as Record<string, any> };
  }

  it('Cohorts with prompts and viewerOwes, as a facilitator and as a member, at 1 and 10 cohorts', async () => {
    const one = await createBulkCohort(t.dataSource, {
      members: 4,
      prompts: 2,
      feedbackEach: 1,
      passwordHash: hash,
      tag: 'home1',
    });
    const ten = await createBulkCohort(t.dataSource, {
      members: 4,
      prompts: 2,
      feedbackEach: 1,
      passwordHash: hash,
      tag: 'home10',
    });
    await addCohorts(t, ten, 9);
    await assignReviews(t, one.organizationId, one.memberEmail);
    await assignReviews(t, ten.organizationId, ten.memberEmail);

    for (const who of ['facilitatorEmail', 'memberEmail'] as const) {
      const small = await measure(COHORTS, one.organizationId, one[who]);
      const large = await measure(COHORTS, ten.organizationId, ten[who]);
      expect(small.data.cohorts).toHaveLength(1);
      expect(large.data.cohorts).toHaveLength(10);
      expect(large.statements).toBe(small.statements);
    }
    // The data differ as the roles say: the member owes posts and reviews and sees no drafts.
    const member = await measure(COHORTS, ten.organizationId, ten.memberEmail);
    const extra = member.data.cohorts.find((c: { name: string }) => c.name === 'Extra cohort 0');
    expect(extra.viewerOwes.promptIds).toHaveLength(2);
    expect(extra.viewerOwes.reviews).toBeGreaterThan(0);
    expect(extra.prompts.map((p: { status: string }) => p.status)).not.toContain('DRAFT');
    const facilitator = await measure(COHORTS, ten.organizationId, ten.facilitatorEmail);
    const facilitated = facilitator.data.cohorts.find((c: { name: string }) => c.name === 'Extra cohort 0');
    expect(facilitated.prompts.map((p: { status: string }) => p.status)).toContain('DRAFT');
    expect(facilitated.viewerOwes).toEqual({ promptIds: [], reviews: 0 });
  });

  it('myQueue at two sizes', async () => {
    const small = await createBulkCohort(t.dataSource, {
      members: 5,
      prompts: 2,
      feedbackEach: 1,
      passwordHash: hash,
      tag: 'queue-s',
    });
    const large = await createBulkCohort(t.dataSource, {
      members: 40,
      prompts: 6,
      feedbackEach: 3,
      passwordHash: hash,
      tag: 'queue-l',
    });
    await assignReviews(t, small.organizationId, small.memberEmail);
    await assignReviews(t, large.organizationId, large.memberEmail);
    const s = await measure(MY_QUEUE, small.organizationId, small.memberEmail);
    const l = await measure(MY_QUEUE, large.organizationId, large.memberEmail);
    expect(s.data.myQueue.reviewsOwed).toHaveLength(4 * 2);
    expect(l.data.myQueue.reviewsOwed).toHaveLength(39 * 6);
    expect(s.data.myQueue.unreadFeedback).toHaveLength(2);
    expect(l.data.myQueue.unreadFeedback).toHaveLength(6 * 3);
    expect(l.statements).toBe(s.statements);
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

const ORGANIZATION_PAGE = `query ($id: ID!) {
  organization(id: $id) { id name viewerRole viewerCan { inviteMembers manageMembers }
    members { id role email createdAt user { id displayName avatarUrl } }
    invitations { id email status invitedBy { id displayName } } }
  cohorts(organizationId: $id) { id name viewerCan { facilitate post seeEverything } members { id role user { id displayName } } teams { id name } } }`;
const NOTIFICATIONS = `query ($org: ID!) { notifications(organizationId: $org) { unreadCount items { id kind text link createdAt read } } }`;

/** The organisation page (members, invitations, cohorts with members and teams) and the notifications list. */
describe('organisation and notification statement counts do not grow with the data', () => {
  let t: TestApp;
  let hash: string;
  beforeAll(async () => {
    t = await startTestApp();
    hash = await new PasswordHasher().hash('password12');
  });
  afterAll(() => t.close());

  async function measure(members: number, tag: string) {
    const bulk = await createBulkCohort(t.dataSource, {
      members,
      prompts: 1,
      feedbackEach: 0,
      passwordHash: hash,
      tag,
    });
    // The facilitator becomes an admin (who sees invitations); each member sent one invitation and
    // has one team per ten members, and a notification per member waits for the facilitator.
    await t.dataSource.query(
      `UPDATE membership m SET role = 'ADMIN' FROM "user" u WHERE u.id = m.user_id AND u.email = $1 AND m.organization_id = $2`,
      [bulk.facilitatorEmail, bulk.organizationId],
    );
    await t.dataSource.query(
      `INSERT INTO invitation (organization_id, email, role, token_hash, invited_by_id, expires_at)
       SELECT m.organization_id, 'invitee-' || m.user_id || '@bulk.example', 'MEMBER',
              md5(m.user_id::text) || md5($2 || m.user_id::text), m.user_id, now() + interval '7 days'
         FROM membership m WHERE m.organization_id = $1::uuid`,
      [bulk.organizationId, tag],
    );
    await t.dataSource.query(
      `INSERT INTO team (organization_id, cohort_id, name) SELECT $1, $2, 'Team ' || g FROM generate_series(1, $3::int) g`,
      [bulk.organizationId, bulk.cohortId, Math.ceil(members / 10)],
    );
    await t.dataSource.query(
      `INSERT INTO notification (organization_id, user_id, kind, text, link, dedupe_key)
       SELECT m.organization_id, f.id, 'HUDDLE_NUDGE', 'Post before the huddle', '/o/' || m.organization_id,
              'scale:' || $3 || ':' || m.user_id
         FROM membership m, "user" f WHERE m.organization_id = $1::uuid AND f.email = $2`,
      [bulk.organizationId, bulk.facilitatorEmail, tag],
    );
    const client = t.client();
    await client.ok(SIGN_IN, { input: { email: bulk.facilitatorEmail, password: 'password12' } });
    const page = await client.request(ORGANIZATION_PAGE, { id: bulk.organizationId });
    const list = await client.request(NOTIFICATIONS, { org: bulk.organizationId });
    expect(page.errors).toBeUndefined();
    expect(list.errors).toBeUndefined();
    return {
      page: { statements: page.extensions!.sqlStatements!, data: page.data as any },
      list: { statements: list.extensions!.sqlStatements!, data: list.data as any },
    };
  }

  it('organisation page and notifications list at 10 and 120 members', async () => {
    const small = await measure(10, 'orgsmall');
    const large = await measure(120, 'orglarge');
    // The bulk organisation has its facilitator besides the members.
    expect(small.page.data.organization.members).toHaveLength(11);
    expect(large.page.data.organization.members).toHaveLength(121);
    expect(large.page.data.organization.invitations).toHaveLength(121);
    expect(large.page.data.cohorts[0].members).toHaveLength(121);
    expect(large.page.data.cohorts[0].teams).toHaveLength(12);
    expect(small.list.data.notifications.unreadCount).toBe(11);
    expect(large.list.data.notifications.unreadCount).toBe(121);
    expect(large.list.data.notifications.items).toHaveLength(50);
    expect(large.page.statements).toBe(small.page.statements);
    expect(large.list.statements).toBe(small.list.statements);
  });
});
