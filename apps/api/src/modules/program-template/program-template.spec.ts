import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { addMember, createTenant, signUp } from '../../../test/factories';
import { CREATE_COHORT, GLOW_GROW, openPrompt } from '../../../test/learning-factories';
import { scheduleHuddle } from '../../../test/huddle-factories';
import { startTestApp, type TestApp } from '../../../test/test-app';
import {
  COPY_PROMPT,
  CREATE_TEMPLATE,
  DUPLICATE,
  joinOrganization,
  LAUNCH,
  LAUNCHED_COHORT,
  leadershipContent,
  PREVIEW,
  SAVE_AS_TEMPLATE,
  TEMPLATE,
  TEMPLATES,
  UPDATE_TEMPLATE,
} from './program-template-test-helpers';

const CREATE_PROTOCOL = `mutation ($input: CreateFeedbackProtocolInput!) { createFeedbackProtocol(input: $input) { id } }`;
const PROTOCOL = {
  name: 'Notice & Wonder',
  description: 'Slow looking.',
  sections: [
    { key: 'notice', label: 'I notice', guidingQuestion: 'What do you see?', sentenceStems: [], required: true },
  ],
  rubric: [],
};
/** London, start Monday 19 Oct 2026: the clocks go back on Sunday 25 Oct; Monday 26 Oct is skipped. */
const LONDON = { startDate: '2026-10-19', timeZone: 'Europe/London', skipDates: ['2026-10-26'] };

describe('program templates', () => {
  let t: TestApp;
  let consultancy: Awaited<ReturnType<typeof createTenant>>;
  let client: Awaited<ReturnType<typeof createTenant>>;
  let consultantEmail: string;

  beforeAll(async () => {
    t = await startTestApp();
    consultancy = await createTenant(t, 'Northwind Consulting');
    consultantEmail = consultancy.ownerUser.email;
    client = await createTenant(t, 'Lincoln High');
    await joinOrganization(client.owner, client.organization.id, consultancy.owner, consultantEmail, 'FACILITATOR');
  }, 60_000);
  afterAll(() => t.close());

  async function createTemplate(overrides: Record<string, unknown> = {}) {
    const { createProgramTemplate } = await consultancy.owner.ok(CREATE_TEMPLATE, {
      input: { organizationId: consultancy.organization.id, ...leadershipContent(overrides) },
    });
    return createProgramTemplate;
  }

  it('launches a version with real dates across a DST change and a skipped day, in the client organisation', async () => {
    const template = await createTemplate();
    expect(template).toMatchObject({ version: 1, promptCount: 2, huddleCount: 1, viewerCan: { launch: true } });
    expect(template.launchTargets.map((o: { name: string }) => o.name).sort()).toEqual([
      'Lincoln High',
      'Northwind Consulting',
    ]);
    const { programSchedulePreview: preview } = await consultancy.owner.ok(PREVIEW, {
      input: { templateId: template.id, ...LONDON },
    });
    const { launchProgram } = await consultancy.owner.ok(LAUNCH, {
      input: {
        templateId: template.id,
        organizationId: client.organization.id,
        cohortName: 'Lincoln leaders',
        ...LONDON,
      },
    });
    expect(launchProgram).toMatchObject({
      version: 1,
      organizationId: client.organization.id,
      skipDates: ['2026-10-26'],
    });
    const { cohort } = await consultancy.owner.ok(LAUNCHED_COHORT, { id: launchProgram.cohortId });
    expect(cohort).toMatchObject({ name: 'Lincoln leaders', startsOn: '2026-10-19', endsOn: '2026-11-02' });
    expect(cohort.programLaunch).toMatchObject({ templateId: template.id, version: 1, timeZone: 'Europe/London' });
    const dates = cohort.prompts.map((p: any) => [p.title, p.opensAt, p.dueAt]);
    expect(dates).toEqual([
      // 09:00 BST is 08:00Z; the due Monday (26 Oct) is skipped: Tuesday 17:00 GMT.
      ['Week 1: a learning walk', '2026-10-19T08:00:00.000Z', '2026-10-27T17:00:00.000Z'],
      // Opens on the skipped Monday → Tuesday 09:00 GMT.
      ['Week 2: feedback that lands', '2026-10-27T09:00:00.000Z', '2026-11-02T17:00:00.000Z'],
    ]);
    expect(cohort.prompts.every((p: any) => p.status === 'OPEN' && p.protocolId === GLOW_GROW)).toBe(true);
    // Sunday 25 Oct, the day the clocks go back: 16:00 local is 16:00Z.
    expect(cohort.huddles).toEqual([
      expect.objectContaining({
        title: 'Huddle 1',
        startsAt: '2026-10-25T16:00:00.000Z',
        timeZone: 'Europe/London',
        promptIds: [cohort.prompts[0].id],
      }),
    ]);
    // The preview said exactly this.
    expect(preview.prompts.map((p: any) => [p.opensAt, p.dueAt, p.moved])).toEqual([
      ['2026-10-19T08:00:00.000Z', '2026-10-27T17:00:00.000Z', true],
      ['2026-10-27T09:00:00.000Z', '2026-11-02T17:00:00.000Z', true],
    ]);
    expect(preview.huddles[0]).toMatchObject({ startsAt: '2026-10-25T16:00:00.000Z', moved: false });
    const agenda = await t.dataSource.query(
      `SELECT a.title, a.kind FROM agenda_item a JOIN huddle h ON h.id = a.huddle_id WHERE h.cohort_id = $1`,
      [cohort.id],
    );
    expect(agenda).toEqual([{ title: 'Warm-up round', kind: 'CUSTOM' }]);
    // The launcher facilitates the new cohort; the resources are linked from its description.
    expect(cohort.viewerCanSaveAsTemplate).toBe(true);
  });

  it('editing after a launch writes a new version and leaves the launched cohort on its own', async () => {
    const template = await createTemplate();
    const { launchProgram } = await consultancy.owner.ok(LAUNCH, {
      input: { templateId: template.id, organizationId: consultancy.organization.id, cohortName: 'Pilot', ...LONDON },
    });
    const edited = leadershipContent({ title: 'Leadership Huddles (2nd ed.)' });
    edited.prompts[0]!.opens = { day: 1, time: '10:30' };
    const { updateProgramTemplate } = await consultancy.owner.ok(UPDATE_TEMPLATE, {
      input: { templateId: template.id, basedOnVersion: 1, ...edited },
    });
    expect(updateProgramTemplate).toMatchObject({ version: 2, title: 'Leadership Huddles (2nd ed.)', launchCount: 1 });
    const v1 = (await consultancy.owner.ok(TEMPLATE, { id: template.id, version: 1 })).programTemplate.content;
    const v2 = (await consultancy.owner.ok(TEMPLATE, { id: template.id })).programTemplate.content;
    expect(v1.prompts[0].opensAt).toEqual({ day: 0, time: '09:00' });
    expect(v2.prompts[0].opensAt).toEqual({ day: 1, time: '10:30' });
    const { cohort } = await consultancy.owner.ok(LAUNCHED_COHORT, { id: launchProgram.cohortId });
    expect(cohort.programLaunch.version).toBe(1);
    expect(cohort.prompts[0].opensAt).toBe('2026-10-19T08:00:00.000Z');
    // An edit started from version 1 again would overwrite version 2: refused, nothing saved.
    const stale = await consultancy.owner.fail(UPDATE_TEMPLATE, {
      input: { templateId: template.id, basedOnVersion: 1, ...leadershipContent() },
    });
    expect(stale.extensions?.code).toBe('CONFLICT');
    expect((await consultancy.owner.ok(TEMPLATE, { id: template.id })).programTemplate.version).toBe(2);
    // Launching an old version on purpose still gives its dates.
    const { launchProgram: again } = await consultancy.owner.ok(LAUNCH, {
      input: {
        templateId: template.id,
        version: 1,
        organizationId: consultancy.organization.id,
        cohortName: 'Pilot 2',
        ...LONDON,
      },
    });
    expect(again.version).toBe(1);
  });

  it('launches in one transaction: a failure midway leaves no cohort, prompt, protocol copy or launch', async () => {
    const { createFeedbackProtocol } = await consultancy.owner.ok(CREATE_PROTOCOL, {
      input: { organizationId: consultancy.organization.id, ...PROTOCOL, name: 'Tuning (atomic test)' },
    });
    const content = leadershipContent();
    content.prompts[1]!.protocolId = createFeedbackProtocol.id;
    const template = await createTemplate(content);
    const count = async () =>
      (
        await t.dataSource.query(
          `SELECT (SELECT count(*)::int FROM cohort WHERE name = 'Doomed') AS cohorts,
                  (SELECT count(*)::int FROM feedback_protocol WHERE organization_id = $1 AND name = 'Tuning (atomic test)') AS protocols,
                  (SELECT count(*)::int FROM prompt WHERE organization_id = $1) AS prompts,
                  (SELECT count(*)::int FROM program_launch WHERE organization_id = $1) AS launches`,
          [client.organization.id],
        )
      )[0];
    const before = await count();
    // A real failure after the cohort, protocol copy and prompts are written: the huddle insert fails.
    await t.dataSource.query(`CREATE FUNCTION fail_launch() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'forced failure mid-launch'; END $$`);
    await t.dataSource.query(
      `CREATE TRIGGER fail_launch BEFORE INSERT ON huddle FOR EACH ROW EXECUTE FUNCTION fail_launch()`,
    );
    try {
      const error = await consultancy.owner.fail(LAUNCH, {
        input: { templateId: template.id, organizationId: client.organization.id, cohortName: 'Doomed', ...LONDON },
      });
      expect(error.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    } finally {
      await t.dataSource.query(`DROP TRIGGER fail_launch ON huddle; DROP FUNCTION fail_launch()`);
    }
    expect(await count()).toEqual(before);
    expect(before.cohorts).toBe(0);
    // Without the fault the same launch succeeds, copying the protocol once; a second launch reuses it.
    for (const name of ['Doomed', 'Doomed again']) {
      await consultancy.owner.ok(LAUNCH, {
        input: { templateId: template.id, organizationId: client.organization.id, cohortName: name, ...LONDON },
      });
    }
    expect((await count()).protocols).toBe(1);
    // In the author's own organisation the original is identical: reused, not copied.
    await consultancy.owner.ok(LAUNCH, {
      input: { templateId: template.id, organizationId: consultancy.organization.id, cohortName: 'Home', ...LONDON },
    });
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM feedback_protocol WHERE organization_id = $1 AND name = 'Tuning (atomic test)'`,
      [consultancy.organization.id],
    );
    expect(n).toBe(1);
  });

  it('members and other organisations neither see nor launch templates', async () => {
    const template = await createTemplate();
    const { client: member } = await addMember(t, consultancy.owner, consultancy.organization.id, 'MEMBER');
    const stranger = await createTenant(t, 'Elsewhere');
    const anonymous = t.client();
    const launch = { templateId: template.id, organizationId: consultancy.organization.id, cohortName: 'X', ...LONDON };
    expect((await member.fail(TEMPLATES, { org: consultancy.organization.id })).extensions?.code).toBe('FORBIDDEN');
    for (const who of [member, stranger.owner]) {
      expect((await who.fail(TEMPLATE, { id: template.id })).extensions?.code).toBe('NOT_FOUND');
      expect((await who.fail(PREVIEW, { input: { templateId: template.id, ...LONDON } })).extensions?.code).toBe(
        'NOT_FOUND',
      );
      expect((await who.fail(LAUNCH, { input: launch })).extensions?.code).toBe('NOT_FOUND');
      expect((await who.fail(DUPLICATE, { id: template.id })).extensions?.code).toBe('NOT_FOUND');
    }
    expect((await stranger.owner.fail(TEMPLATES, { org: consultancy.organization.id })).extensions?.code).toBe(
      'NOT_FOUND',
    );
    expect((await anonymous.fail(TEMPLATE, { id: template.id })).extensions?.code).toBe('UNAUTHENTICATED');
    // The consultant is only a member of a third organisation: launching there is refused.
    const third = await createTenant(t, 'Member-only school');
    await joinOrganization(third.owner, third.organization.id, consultancy.owner, consultantEmail, 'MEMBER');
    const refused = await consultancy.owner.fail(LAUNCH, {
      input: { ...launch, organizationId: third.organization.id },
    });
    expect(refused.extensions?.code).toBe('FORBIDDEN');
    const listed = (await consultancy.owner.ok(TEMPLATE, { id: template.id })).programTemplate.launchTargets;
    expect(listed.map((o: { name: string }) => o.name)).not.toContain('Member-only school');
  });

  it('bad input gets per-field errors and changes nothing', async () => {
    const bad = leadershipContent();
    bad.prompts[0]!.opens = { day: -1, time: '25:00' };
    bad.huddles[0]!.promptPositions = [5];
    const error = await consultancy.owner.fail(CREATE_TEMPLATE, {
      input: { organizationId: consultancy.organization.id, ...bad },
    });
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(Object.keys(error.extensions?.fields ?? {})).toEqual(expect.arrayContaining(['prompts.0.opens.day']));
    const order = leadershipContent();
    order.prompts[0]!.due = { day: 0, time: '08:00' };
    order.huddles[0]!.promptPositions = [5];
    const crossField = await consultancy.owner.fail(CREATE_TEMPLATE, {
      input: { organizationId: consultancy.organization.id, ...order },
    });
    expect(crossField.extensions?.fields).toMatchObject({
      'prompts.0.due': expect.any(String),
      'huddles.0.promptPositions': expect.any(String),
    });
    const before = (await consultancy.owner.ok(TEMPLATES, { org: consultancy.organization.id })).programTemplates.nodes
      .length;
    const template = await createTemplate();
    for (const [input, field] of [
      [{ ...LONDON, startDate: '2026-02-30' }, 'startDate'],
      [{ ...LONDON, timeZone: 'Mars/Olympus' }, 'timeZone'],
      [{ ...LONDON, skipDates: ['tomorrow'] }, 'skipDates'],
    ] as const) {
      const e = await consultancy.owner.fail(LAUNCH, {
        input: { templateId: template.id, organizationId: consultancy.organization.id, cohortName: 'Bad', ...input },
      });
      expect(e.extensions?.code).toBe('BAD_USER_INPUT');
      expect(Object.keys(e.extensions?.fields ?? {})[0]).toBe(field);
    }
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM cohort WHERE name = 'Bad'`);
    expect(n).toBe(0);
    const after = (await consultancy.owner.ok(TEMPLATES, { org: consultancy.organization.id })).programTemplates.nodes;
    expect(after.length).toBe(before + 1);
  });

  it('saves a cohort as a template (relative days, protocols, linked prompts) and duplicates it', async () => {
    const { createCohort } = await client.owner.ok(CREATE_COHORT, {
      input: { organizationId: client.organization.id, name: 'Math PLC', startsOn: '2026-11-02' },
    });
    const { createFeedbackProtocol } = await client.owner.ok(CREATE_PROTOCOL, {
      input: { organizationId: client.organization.id, ...PROTOCOL },
    });
    const promptId = await openPrompt(client.owner, createCohort.id, {
      opensAt: '2026-11-03T09:00:00.000Z',
      protocolId: createFeedbackProtocol.id,
    });
    await scheduleHuddle(client.owner, createCohort.id, [promptId], {
      startsAt: '2026-11-06T15:30:00.000Z',
      timeZone: 'Europe/London',
      allowPast: true,
    });
    const { saveCohortAsTemplate } = await client.owner.ok(SAVE_AS_TEMPLATE, {
      input: { cohortId: createCohort.id, title: 'Math PLC program' },
    });
    expect(saveCohortAsTemplate).toMatchObject({
      organizationId: client.organization.id,
      promptCount: 1,
      huddleCount: 1,
    });
    const { content } = (await client.owner.ok(TEMPLATE, { id: saveCohortAsTemplate.id })).programTemplate;
    expect(content.prompts[0]).toMatchObject({ opensAt: { day: 1, time: '09:00' }, protocolName: 'Notice & Wonder' });
    expect(content.huddles[0]).toMatchObject({ at: { day: 4, time: '15:30' }, promptPositions: [0] });
    const { duplicateProgramTemplate } = await client.owner.ok(DUPLICATE, { id: saveCohortAsTemplate.id });
    expect(duplicateProgramTemplate).toMatchObject({ title: 'Copy of Math PLC program', version: 1, promptCount: 1 });
    // A member of the cohort cannot save it.
    const { client: member, person } = await addMember(t, client.owner, client.organization.id, 'MEMBER');
    await client.owner.ok(`mutation ($input: AddCohortMembersInput!) { addCohortMembers(input: $input) { id } }`, {
      input: { cohortId: createCohort.id, userIds: [person.id], role: 'MEMBER' },
    });
    const refused = await member.fail(SAVE_AS_TEMPLATE, { input: { cohortId: createCohort.id, title: 'Mine' } });
    expect(refused.extensions?.code).toBe('FORBIDDEN');
    expect((await member.ok(LAUNCHED_COHORT, { id: createCohort.id })).cohort).toMatchObject({
      viewerCanSaveAsTemplate: false,
      programLaunch: null,
    });
  });

  it('copies one prompt into another cohort the person runs, as a draft, protocol included', async () => {
    const { createCohort: from } = await client.owner.ok(CREATE_COHORT, {
      input: { organizationId: client.organization.id, name: 'Source cohort' },
    });
    const { createFeedbackProtocol } = await client.owner.ok(CREATE_PROTOCOL, {
      input: { organizationId: client.organization.id, ...PROTOCOL, name: 'Copy-me protocol' },
    });
    const promptId = await openPrompt(client.owner, from.id, { protocolId: createFeedbackProtocol.id });
    // The consultant facilitates a cohort in their own organisation and is added to the source one.
    const { createCohort: to } = await consultancy.owner.ok(CREATE_COHORT, {
      input: { organizationId: consultancy.organization.id, name: 'Target cohort' },
    });
    const COPY_TARGETS = `query ($id: ID!) { prompt(id: $id) { copyTargets { cohortId cohortName organizationName } } }`;
    expect((await consultancy.owner.fail(COPY_TARGETS, { id: promptId })).extensions?.code).toBe('NOT_FOUND');
    await client.owner.ok(`mutation ($input: AddCohortMembersInput!) { addCohortMembers(input: $input) { id } }`, {
      input: { cohortId: from.id, userIds: [consultancy.ownerUser.id], role: 'FACILITATOR' },
    });
    const targets = (await consultancy.owner.ok(COPY_TARGETS, { id: promptId })).prompt.copyTargets;
    expect(targets.map((c: { cohortId: string }) => c.cohortId)).toContain(to.id);
    expect(targets.map((c: { cohortId: string }) => c.cohortId)).not.toContain(from.id);
    const { copyPromptToCohort } = await consultancy.owner.ok(COPY_PROMPT, { promptId, cohortId: to.id });
    expect(copyPromptToCohort).toMatchObject({ cohortId: to.id, status: 'DRAFT', publishedAt: null });
    const [protocol] = await t.dataSource.query(`SELECT organization_id FROM feedback_protocol WHERE id = $1`, [
      copyPromptToCohort.protocolId,
    ]);
    expect(protocol.organization_id).toBe(consultancy.organization.id);
    // Someone who is only a member of the target cohort's organisation cannot copy into it.
    const other = t.client();
    const otherUser = await signUp(other);
    await joinOrganization(client.owner, client.organization.id, other, otherUser.email, 'MEMBER');
    await client.owner.ok(`mutation ($input: AddCohortMembersInput!) { addCohortMembers(input: $input) { id } }`, {
      input: { cohortId: from.id, userIds: [otherUser.id], role: 'FACILITATOR' },
    });
    expect((await other.fail(COPY_PROMPT, { promptId, cohortId: to.id })).extensions?.code).toBe('NOT_FOUND');
    expect((await other.fail(COPY_PROMPT, { promptId, cohortId: from.id })).extensions?.code).toBe('BAD_USER_INPUT');
  });
});
