import { addMember, createTenant, signUp, uniqueEmail } from '../../../test/factories';
import { CREATE_COHORT } from '../../../test/learning-factories';
import { startTestApp, type TestApp } from '../../../test/test-app';

const ROW_FIELDS = `rows { line email role cohorts cohortRole errors steps { action cohortName } }
  summary { rows invitations cohortAdditions unchanged rowsWithErrors }`;
const PREVIEW = `query ($input: RosterImportInput!) { rosterImportPreview(input: $input) { applied ${ROW_FIELDS} } }`;
const IMPORT = `mutation ($input: RosterImportInput!) { importRoster(input: $input) { applied ${ROW_FIELDS} } }`;
const BULK = `mutation ($input: BulkInviteInput!) { bulkInvite(input: $input) { applied ${ROW_FIELDS} } }`;
const ADD_ALL = `mutation ($input: AddAllMembersToCohortInput!) { addAllMembersToCohort(input: $input) }`;
const INVITATIONS = `query ($id: ID!) { organization(id: $id) { invitations { email role status } } }`;
const COHORT_MEMBERS = `query ($id: ID!) { cohort(id: $id) { members { role user { id } } } }`;

describe('rosters: CSV import, bulk invite, adding a whole organisation to a cohort', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  async function world() {
    const tenant = await createTenant(t, 'Roster School');
    const { createCohort } = await tenant.owner.ok(CREATE_COHORT, {
      input: { organizationId: tenant.organization.id, name: 'Grade 7 PLC' },
    });
    const member = await addMember(t, tenant.owner, tenant.organization.id);
    return { ...tenant, cohortId: createCohort.id as string, member };
  }

  it('a dry run says per row what will happen and changes nothing; applying does it; re-importing changes nothing', async () => {
    const { owner, organization, cohortId, member } = await world();
    const newcomer = uniqueEmail('newcomer');
    const csv = [
      'name,email,role,cohorts,cohort role',
      `Nia Newcomer,${newcomer.toUpperCase()},facilitator,Grade 7 PLC,member`,
      `Mo Member,${member.person.email},member,grade 7 plc,facilitator`,
    ].join('\n');
    const input = { organizationId: organization.id, csv };

    const { rosterImportPreview: preview } = await owner.ok(PREVIEW, { input });
    expect(preview.applied).toBe(false);
    expect(preview.rows).toEqual([
      expect.objectContaining({
        line: 2,
        email: newcomer,
        role: 'FACILITATOR',
        errors: [],
        steps: [
          { action: 'INVITE', cohortName: null },
          { action: 'COHORT_AFTER_JOINING', cohortName: 'Grade 7 PLC' },
        ],
      }),
      expect.objectContaining({
        line: 3,
        cohortRole: 'FACILITATOR',
        steps: [
          { action: 'ALREADY_MEMBER', cohortName: null },
          { action: 'ADD_TO_COHORT', cohortName: 'Grade 7 PLC' },
        ],
      }),
    ]);
    expect(preview.summary).toEqual({ rows: 2, invitations: 1, cohortAdditions: 1, unchanged: 0, rowsWithErrors: 0 });
    expect((await owner.ok(INVITATIONS, { id: organization.id })).organization.invitations).toEqual([]);

    const { importRoster: applied } = await owner.ok(IMPORT, { input });
    expect(applied.applied).toBe(true);
    expect(applied.summary).toMatchObject({ invitations: 1, cohortAdditions: 1 });
    const { organization: withInvites } = await owner.ok(INVITATIONS, { id: organization.id });
    expect(withInvites.invitations).toEqual([{ email: newcomer, role: 'FACILITATOR', status: 'PENDING' }]);
    const mail = await t.mailbox.next(newcomer, (m) => m.subject.includes('invited you to Roster School'));
    expect(mail.links[0]).toContain('/invitations/');
    const { cohort } = await owner.ok(COHORT_MEMBERS, { id: cohortId });
    expect(cohort.members).toContainEqual({ role: 'FACILITATOR', user: { id: member.person.id } });

    const { importRoster: again } = await owner.ok(IMPORT, { input });
    expect(again.summary).toEqual({ rows: 2, invitations: 0, cohortAdditions: 0, unchanged: 2, rowsWithErrors: 0 });
    expect(again.rows.map((r: { steps: { action: string }[] }) => r.steps.map((s) => s.action))).toEqual([
      ['ALREADY_INVITED', 'COHORT_AFTER_JOINING'],
      ['ALREADY_MEMBER', 'ALREADY_IN_COHORT'],
    ]);
    expect((await owner.ok(INVITATIONS, { id: organization.id })).organization.invitations).toHaveLength(1);
  });

  it('reports bad rows with their line numbers, and applying a file with any bad row imports nothing', async () => {
    const { owner, organization } = await world();
    const good = uniqueEmail('good');
    const csv = [
      'email,role,cohorts',
      `${good},member,`,
      'not-an-email,member,',
      `${good},member,`,
      `${uniqueEmail('x')},principal,`,
      `${uniqueEmail('y')},member,No Such Cohort`,
      ',member,',
    ].join('\n');
    const input = { organizationId: organization.id, csv };
    const { rosterImportPreview: preview } = await owner.ok(PREVIEW, { input });
    expect(preview.rows.map((r: { line: number; errors: string[] }) => [r.line, r.errors])).toEqual([
      [2, []],
      [3, ['"not-an-email" is not a valid email address.']],
      [4, [`${good} is already on line 2.`]],
      [5, ['Unknown role "principal"; use member, facilitator, admin or owner.']],
      [6, ['No cohort named "No Such Cohort" in this organisation.']],
      [7, ['Email is missing.']],
    ]);
    expect(preview.summary.rowsWithErrors).toBe(5);

    const error = await owner.fail(IMPORT, { input });
    expect(error.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { csv: expect.stringContaining('Line 3:') },
    });
    expect(error.message).toBe('5 rows have errors; nothing was imported.');
    expect((await owner.ok(INVITATIONS, { id: organization.id })).organization.invitations).toEqual([]);
  });

  it('refuses a file it cannot read with a field message, not a server error', async () => {
    const { owner, organization } = await world();
    for (const csv of ['name,role\nAda,member', '"unclosed,quote\n']) {
      const error = await owner.fail(IMPORT, { input: { organizationId: organization.id, csv } });
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { csv: expect.any(String) } });
    }
  });

  it('only admins and owners import, and only an owner may import owners', async () => {
    const { owner, organization } = await world();
    const admin = await addMember(t, owner, organization.id, 'ADMIN');
    const plain = await addMember(t, owner, organization.id, 'MEMBER');
    const input = { organizationId: organization.id, csv: `email,role\n${uniqueEmail()},owner` };
    expect((await plain.client.fail(PREVIEW, { input })).extensions?.code).toBe('FORBIDDEN');
    const { rosterImportPreview } = await admin.client.ok(PREVIEW, { input });
    expect(rosterImportPreview.rows[0].errors).toEqual(['Only an owner can invite another owner.']);
    const outsider = t.client();
    await signUp(outsider);
    expect(['FORBIDDEN', 'NOT_FOUND']).toContain((await outsider.fail(PREVIEW, { input })).extensions?.code);
  });

  it('bulk invite takes pasted emails, skips members and pending invitations, and queues one email each', async () => {
    const { owner, organization, member } = await world();
    const a = uniqueEmail('bulk-a');
    const b = uniqueEmail('bulk-b');
    const input = {
      organizationId: organization.id,
      emails: `${a}, ${b}\n${member.person.email}; ${a}`,
      role: 'MEMBER',
    };
    const error = await owner.fail(BULK, { input });
    expect(error.extensions?.fields?.csv).toContain(`${a} is already on line 2.`);
    const { bulkInvite } = await owner.ok(BULK, { input: { ...input, emails: `${a}, ${b}\n${member.person.email}` } });
    expect(bulkInvite.summary).toMatchObject({ invitations: 2, unchanged: 1 });
    await t.mailbox.next(a, (m) => m.subject.includes('Roster School'));
    await t.mailbox.next(b, (m) => m.subject.includes('Roster School'));
    const { bulkInvite: again } = await owner.ok(BULK, { input: { ...input, emails: `${a} ${b}` } });
    expect(again.summary).toMatchObject({ invitations: 0, unchanged: 2 });
  });

  it('adds every organisation member to a cohort in one step, keeping the roles people hold', async () => {
    const { owner, ownerUser, organization, cohortId, member } = await world();
    const facilitatorOrg = await addMember(t, owner, organization.id, 'FACILITATOR');
    const { addAllMembersToCohort: byRole } = await owner.ok(ADD_ALL, { input: { cohortId, onlyRole: 'FACILITATOR' } });
    expect(byRole).toBe(1);
    const { addAllMembersToCohort: added } = await owner.ok(ADD_ALL, { input: { cohortId } });
    expect(added).toBe(1); // the member; the owner created the cohort and facilitates it already
    const { cohort } = await owner.ok(COHORT_MEMBERS, { id: cohortId });
    expect(new Set(cohort.members.map((m: { user: { id: string } }) => m.user.id))).toEqual(
      new Set([ownerUser.id, member.person.id, facilitatorOrg.person.id]),
    );
    expect(cohort.members).toContainEqual({ role: 'FACILITATOR', user: { id: ownerUser.id } });
    expect((await owner.ok(ADD_ALL, { input: { cohortId } })).addAllMembersToCohort).toBe(0);
    expect((await member.client.fail(ADD_ALL, { input: { cohortId } })).extensions?.code).toBe('FORBIDDEN');
  });
});
