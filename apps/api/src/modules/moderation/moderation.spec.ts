import {
  createCohortWorld,
  openPrompt,
  post,
  PUBLISH_CONTRIBUTION,
  SAVE_DRAFT,
} from '../../../test/learning-factories';
import { startTestApp, type TestApp } from '../../../test/test-app';

const REPORT = `mutation ($input: ReportContentInput!) { reportContent(input: $input) { id status } }`;
const QUEUE = `query ($cohortId: ID!) { reportQueue(cohortId: $cohortId) {
  content { subjectId subjectType body } reports { reason note reporterName } } }`;
const HIDE = `mutation ($input: HideContentInput!) { hideContent(input: $input) { subjectId hiddenReason tombstone } }`;
const RESTORE = `mutation ($input: ContentRefInput!) { restoreContent(input: $input) { subjectId hiddenAt } }`;
const DISMISS = `mutation ($input: ContentRefInput!) { dismissReports(input: $input) }`;
const PROMPT = `query ($id: ID!) { prompt(id: $id) { contributionCount contributions { id viewerCan { report hide } }
  hiddenContent { subjectId tombstone canRestore } } }`;
const CONTRIBUTION = `query ($id: ID!) { contribution(id: $id) { id } }`;
const SEARCH = `query ($organizationId: ID!, $query: String!) { search(organizationId: $organizationId, query: $query) { id } }`;
const AUDIT = `query ($organizationId: ID!) { auditEvents(organizationId: $organizationId) { nodes { action } } }`;
const NOTIFICATIONS = `query ($organizationId: ID!) { notifications(organizationId: $organizationId) { items { kind text } } }`;
const MUTE = `mutation ($input: MuteMemberInput!) { muteMember(input: $input) { until } }`;
const UNMUTE = `mutation ($input: UnmuteMemberInput!) { unmuteMember(input: $input) }`;
const COHORT_MUTE = `query ($id: ID!) { cohort(id: $id) { viewerMute { until } openReportCount } }`;

describe('moderation: reports, hiding, muting', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('requires authentication', async () => {
    const error = await t.client().fail(QUEUE, { cohortId: '00000000-0000-4000-8000-000000000000' });
    expect(error.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('files one report per person and subject, refuses one’s own content, and queues it for facilitators with the reporter', async () => {
    const world = await createCohortWorld(t, 2);
    const [author, peer] = world.members;
    const promptId = await openPrompt(world.facilitator.client, world.cohortId);
    const contributionId = await post(author!.client, promptId);
    const input = { subjectType: 'CONTRIBUTION', subjectId: contributionId, reason: 'SPAM', note: 'Ads' };

    const first = await peer!.client.ok(REPORT, { input });
    const again = await peer!.client.ok(REPORT, { input });
    expect(again.reportContent.id).toBe(first.reportContent.id);
    expect((await author!.client.fail(REPORT, { input })).extensions?.code).toBe('FORBIDDEN');
    expect((await world.outsider.client.fail(REPORT, { input })).extensions?.code).toBe('NOT_FOUND');

    const { reportQueue } = await world.facilitator.client.ok(QUEUE, { cohortId: world.cohortId });
    expect(reportQueue).toHaveLength(1);
    expect(reportQueue[0].reports).toEqual([{ reason: 'SPAM', note: 'Ads', reporterName: expect.any(String) }]);
    expect((await peer!.client.fail(QUEUE, { cohortId: world.cohortId })).extensions?.code).toBe('FORBIDDEN');
    const { cohort } = await world.facilitator.client.ok(COHORT_MUTE, { id: world.cohortId });
    expect(cohort.openReportCount).toBe(1);

    const { prompt } = await peer!.client.ok(PROMPT, { id: promptId });
    expect(prompt.contributions[0].viewerCan).toEqual({ report: true, hide: false });
  });

  it('hides a contribution from the list, the count, by id and search; the author sees the reason; restore brings it back', async () => {
    const world = await createCohortWorld(t, 2);
    const [author, peer] = world.members;
    const promptId = await openPrompt(world.facilitator.client, world.cohortId);
    const contributionId = await post(author!.client, promptId, 'Zebracorn worksheets for everyone');
    const ref = { subjectType: 'CONTRIBUTION', subjectId: contributionId };
    await peer!.client.ok(REPORT, { input: { ...ref, reason: 'OFF_TOPIC' } });

    expect((await peer!.client.fail(HIDE, { input: { ...ref, reason: 'Off topic' } })).extensions?.code).toBe(
      'FORBIDDEN',
    );
    const blank = await world.facilitator.client.fail(HIDE, { input: { ...ref, reason: '  ' } });
    expect(blank.extensions?.fields).toEqual({ reason: 'Say why: the author will see it.' });
    const { hideContent } = await world.facilitator.client.ok(HIDE, { input: { ...ref, reason: 'Off topic' } });
    expect(hideContent.tombstone).toBe('Hidden by a facilitator: Off topic');

    for (const viewer of [peer!, author!, world.facilitator]) {
      const { prompt } = await viewer.client.ok(PROMPT, { id: promptId });
      expect(prompt.contributions).toEqual([]);
      expect(prompt.contributionCount).toBe(0);
      expect((await viewer.client.fail(CONTRIBUTION, { id: contributionId })).extensions?.code).toBe('NOT_FOUND');
      const { search } = await viewer.client.ok(SEARCH, { organizationId: world.organization.id, query: 'Zebracorn' });
      expect(search).toEqual([]);
    }
    expect((await author!.client.ok(PROMPT, { id: promptId })).prompt.hiddenContent).toEqual([
      { subjectId: contributionId, tombstone: 'Hidden by a facilitator: Off topic', canRestore: false },
    ]);
    expect((await peer!.client.ok(PROMPT, { id: promptId })).prompt.hiddenContent).toEqual([]);
    expect((await world.facilitator.client.ok(PROMPT, { id: promptId })).prompt.hiddenContent[0].canRestore).toBe(true);
    expect((await world.facilitator.client.ok(QUEUE, { cohortId: world.cohortId })).reportQueue).toEqual([]);

    const { notifications } = await author!.client.ok(NOTIFICATIONS, { organizationId: world.organization.id });
    expect(notifications.items.map((n: { kind: string }) => n.kind)).toContain('REPORT_RESOLVED');

    await world.facilitator.client.ok(RESTORE, { input: ref });
    expect((await peer!.client.ok(CONTRIBUTION, { id: contributionId })).contribution.id).toBe(contributionId);
    const { auditEvents: auditLog } = await world.facilitator.client.ok(AUDIT, {
      organizationId: world.organization.id,
    });
    expect(auditLog.nodes.map((n: { action: string }) => n.action)).toEqual(
      expect.arrayContaining(['CONTENT_HIDDEN', 'CONTENT_RESTORED']),
    );
  });

  it('dismisses reports, leaving the content, and records it', async () => {
    const world = await createCohortWorld(t, 2);
    const [author, peer] = world.members;
    const promptId = await openPrompt(world.facilitator.client, world.cohortId);
    const contributionId = await post(author!.client, promptId);
    const ref = { subjectType: 'CONTRIBUTION', subjectId: contributionId };
    await peer!.client.ok(REPORT, { input: { ...ref, reason: 'OTHER' } });
    await world.facilitator.client.ok(DISMISS, { input: ref });
    expect((await world.facilitator.client.ok(QUEUE, { cohortId: world.cohortId })).reportQueue).toEqual([]);
    expect((await world.facilitator.client.fail(DISMISS, { input: ref })).extensions?.code).toBe('CONFLICT');
    expect((await peer!.client.ok(CONTRIBUTION, { id: contributionId })).contribution.id).toBe(contributionId);
    const { auditEvents: auditLog } = await world.facilitator.client.ok(AUDIT, {
      organizationId: world.organization.id,
    });
    expect(auditLog.nodes.map((n: { action: string }) => n.action)).toContain('REPORT_DISMISSED');
  });

  it('a muted member cannot publish (FORBIDDEN, draft kept) and sees until when; unmuting lets them publish', async () => {
    const world = await createCohortWorld(t, 1);
    const [member] = world.members;
    const promptId = await openPrompt(world.facilitator.client, world.cohortId);
    const { muteMember } = await world.facilitator.client.ok(MUTE, {
      input: { cohortId: world.cohortId, userId: member!.id, duration: 'ONE_WEEK' },
    });
    expect(new Date(muteMember.until).getTime()).toBeGreaterThan(Date.now() + 6 * 24 * 3_600_000);
    const { saveDraft } = await member!.client.ok(SAVE_DRAFT, { input: { promptId, kind: 'IDEA', body: 'Kept' } });
    const refused = await member!.client.fail(PUBLISH_CONTRIBUTION, { id: saveDraft.id });
    expect(refused.extensions?.code).toBe('FORBIDDEN');
    expect(refused.message).toContain('muted');
    expect((await member!.client.ok(COHORT_MUTE, { id: world.cohortId })).cohort.viewerMute.until).toBe(
      muteMember.until,
    );
    expect(
      (
        await member!.client.fail(MUTE, {
          input: { cohortId: world.cohortId, userId: member!.id, duration: 'ONE_DAY' },
        })
      ).extensions?.code,
    ).toBe('FORBIDDEN');

    await world.facilitator.client.ok(UNMUTE, { input: { cohortId: world.cohortId, userId: member!.id } });
    await member!.client.ok(PUBLISH_CONTRIBUTION, { id: saveDraft.id });
    const { auditEvents: auditLog } = await world.facilitator.client.ok(AUDIT, {
      organizationId: world.organization.id,
    });
    expect(auditLog.nodes.map((n: { action: string }) => n.action)).toEqual(
      expect.arrayContaining(['MEMBER_MUTED', 'MEMBER_UNMUTED']),
    );
  });
});
