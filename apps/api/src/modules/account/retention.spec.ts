import { Clock, type TestClock } from '../../common/clock/clock';
import { Jobs } from '../../common/jobs/jobs';
import { createTenant } from '../../../test/factories';
import { jobsSettled } from '../../../test/jobs-helpers';
import { uploadAttachment } from '../../../test/organization-export-helpers';
import { createCohortWorld, openPrompt, post, SAVE_DRAFT } from '../../../test/learning-factories';
import { startTestApp, type TestApp } from '../../../test/test-app';
import { monthsBefore, RETENTION_QUEUE, RetentionService } from './retention.service';

const POLICY = `query ($org: ID!) { organizationDataPolicy(organizationId: $org) {
  deletedAccountContent retention { draftDays auditMonths formerMemberDays } } }`;
const UPDATE = `mutation ($input: UpdateRetentionPolicyInput!) { updateRetentionPolicy(input: $input) {
  retention { draftDays auditMonths formerMemberDays } } }`;
const MEMBERS = `query ($id: ID!) { organization(id: $id) { members { id user { id } } } }`;
const REMOVE = `mutation ($input: MembershipRefInput!) { removeMember(input: $input) }`;
const PREFERENCE = `mutation ($input: UpdateNotificationPreferencesInput!) { updateNotificationPreferences(input: $input) { __typename } }`;
const DAY = 86_400_000;

describe('retention settings', () => {
  let t: TestApp;
  let clock: TestClock;
  beforeAll(async () => {
    // The queue runs, so the daily job is proven through pg-boss as well as called directly.
    t = await startTestApp({ JOBS_ENABLED: 'true', JOB_TIMEOUT_SECONDS: '10', JOB_RETRY_SECONDS: '1' });
    clock = t.app.get(Clock) as TestClock;
  });
  afterEach(() => clock.reset());
  afterAll(() => t.close());

  const count = async (sql: string, params: unknown[]) => (await t.dataSource.query(sql, params))[0].n as number;

  it('are for admins, refuse bad numbers with field messages and change nothing', async () => {
    const world = await createCohortWorld(t, 1);
    const org = world.organization.id;
    const owner = world.facilitator.client;
    expect((await owner.ok(POLICY, { org })).organizationDataPolicy.retention).toEqual({
      draftDays: null,
      auditMonths: null,
      formerMemberDays: null,
    });
    const forbidden = await world.members[0]!.client.fail(UPDATE, { input: { organizationId: org, draftDays: 30 } });
    expect(forbidden.extensions?.code).toBe('FORBIDDEN');
    const other = await createTenant(t);
    expect((await other.owner.fail(UPDATE, { input: { organizationId: org, draftDays: 30 } })).extensions?.code).toBe(
      'NOT_FOUND',
    );
    const bad = await owner.fail(UPDATE, {
      input: { organizationId: org, draftDays: 0, auditMonths: 1000, formerMemberDays: 7 },
    });
    expect(bad.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { draftDays: expect.any(String), auditMonths: expect.any(String) },
    });
    expect((await owner.ok(POLICY, { org })).organizationDataPolicy.retention.draftDays).toBeNull();
    const { updateRetentionPolicy } = await owner.ok(UPDATE, {
      input: { organizationId: org, draftDays: 30, auditMonths: 12, formerMemberDays: null },
    });
    expect(updateRetentionPolicy.retention).toEqual({ draftDays: 30, auditMonths: 12, formerMemberDays: null });
  });

  it('a daily job deletes stale drafts, old audit events and former members’ personal data, as time passes', async () => {
    const world = await createCohortWorld(t, 3);
    const org = world.organization.id;
    const [writer, leaver, stayer] = world.members;
    const promptId = await openPrompt(world.facilitator.client, world.cohortId);
    const attachment = await uploadAttachment(writer!.client, org, 'draft photo.png');
    const draft = await writer!.client.ok(SAVE_DRAFT, {
      input: { promptId, kind: 'IDEA', body: 'A draft left alone.', attachmentIds: [attachment.id] },
    });
    const published = await post(writer!.client, promptId, 'Published work stays.');
    await leaver!.client.ok(SAVE_DRAFT, { input: { promptId, kind: 'IDEA', body: 'The leaver’s draft.' } });
    await leaver!.client.ok(PREFERENCE, {
      input: { organizationId: org, kinds: [{ kind: 'FEEDBACK_RECEIVED', inApp: true, email: 'DAILY_DIGEST' }] },
    });
    await stayer!.client.ok(PREFERENCE, {
      input: { organizationId: org, kinds: [{ kind: 'FEEDBACK_RECEIVED', inApp: true, email: 'DAILY_DIGEST' }] },
    });
    const { organization } = await world.facilitator.client.ok(MEMBERS, { id: org });
    const leaving = organization.members.find((m: any) => m.user.id === leaver!.id);
    await world.facilitator.client.ok(REMOVE, { input: { organizationId: org, membershipId: leaving.id } });
    await world.facilitator.client.ok(UPDATE, {
      input: { organizationId: org, draftDays: 30, auditMonths: 12, formerMemberDays: 7 },
    });
    // Another organisation without rules keeps everything.
    const other = await createTenant(t);
    const otherPrompt = await openPrompt(other.owner, (await createCohortWorldIn(other)).cohortId);
    await other.owner.ok(SAVE_DRAFT, { input: { promptId: otherPrompt, kind: 'IDEA', body: 'Elsewhere.' } });

    const drafts = (author: string) =>
      count(`SELECT count(*)::int AS n FROM contribution WHERE author_id = $1 AND status = 'DRAFT'`, [author]);
    const preferences = (user: string) =>
      count(`SELECT count(*)::int AS n FROM notification_preference WHERE organization_id = $1 AND user_id = $2`, [
        org,
        user,
      ]);
    const audit = () => count(`SELECT count(*)::int AS n FROM audit_event WHERE organization_id = $1`, [org]);
    const retention = t.app.get(RetentionService);
    const auditBefore = await audit();

    clock.advance(6 * DAY);
    await retention.applyAll();
    expect([await drafts(writer!.id), await drafts(leaver!.id), await preferences(leaver!.id)]).toEqual([1, 1, 1]);

    clock.advance(2 * DAY); // the leaver left 8 days ago
    await retention.applyAll();
    expect([await drafts(writer!.id), await drafts(leaver!.id), await preferences(leaver!.id)]).toEqual([1, 0, 0]);
    expect(await preferences(stayer!.id)).toBe(1); // still a member

    clock.advance(23 * DAY); // the draft is 31 days old
    await retention.applyAll();
    expect(await drafts(writer!.id)).toBe(0);
    expect(await count(`SELECT count(*)::int AS n FROM attachment WHERE id = $1`, [attachment.id])).toBe(0);
    expect(await count(`SELECT count(*)::int AS n FROM contribution WHERE id = $1`, [published])).toBe(1);
    expect(await count(`SELECT count(*)::int AS n FROM contribution WHERE id = $1`, [draft.saveDraft.id])).toBe(0);
    expect(await audit()).toBe(auditBefore);

    clock.advance(365 * DAY); // a year and a month after the events
    // The daily job itself, through the queue, as pg-boss runs it at 03:30.
    await t.app.get(Jobs).send(RETENTION_QUEUE, {});
    await jobsSettled(t.dataSource, RETENTION_QUEUE);
    expect(await audit()).toBe(0);
    expect(await drafts(other.ownerUser.id)).toBe(1);
  });

  it('counts months by the calendar', () => {
    expect(monthsBefore(new Date('2026-03-31T10:00:00Z'), 1).toISOString()).toBe('2026-02-28T10:00:00.000Z');
    expect(monthsBefore(new Date('2026-12-02T00:00:00Z'), 12).toISOString()).toBe('2025-12-02T00:00:00.000Z');
  });
});

async function createCohortWorldIn(tenant: Awaited<ReturnType<typeof createTenant>>) {
  const { createCohort } = await tenant.owner.ok(
    `mutation ($input: CreateCohortInput!) { createCohort(input: $input) { id } }`,
    { input: { organizationId: tenant.organization.id, name: 'Elsewhere PLC' } },
  );
  return { cohortId: createCohort.id as string };
}
