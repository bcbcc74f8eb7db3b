import { PasswordHasher } from '../src/modules/auth/password-hasher';
import { createBulkCohort } from '../src/database/bulk/bulk-cohort';
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
