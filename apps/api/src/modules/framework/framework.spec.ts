import { addMember, createTenant } from '../../../test/factories';
import { startTestApp, type TestApp } from '../../../test/test-app';

const FIELDS = `id versionId version latestVersion title description levelNames practiceCount
  domains { title practices { key title domain levels { level name descriptor } } }
  versions { number } viewerCan { edit }`;
const LIST = `query ($org: ID!) { frameworks(organizationId: $org) { id title version practiceCount viewerCan { edit } } }`;
const GET = `query ($input: FrameworkRefInput!) { framework(input: $input) { ${FIELDS} } }`;
const COPY = `mutation ($org: ID!) { copyExampleFramework(organizationId: $org) { ${FIELDS} } }`;
const CREATE = `mutation ($input: CreateFrameworkInput!) { createFramework(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation ($input: UpdateFrameworkInput!) { updateFramework(input: $input) { ${FIELDS} } }`;
const IMPORT = `mutation ($input: ImportFrameworkInput!) { importFramework(input: $input) { ${FIELDS} } }`;

describe('frameworks', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const countOf = async (org: string) =>
    (await t.dataSource.query(`SELECT count(*)::int AS n FROM framework_version WHERE organization_id = $1`, [org]))[0]
      .n as number;

  it('requires authentication, hides one organisation’s frameworks from another, and lets only admins write', async () => {
    const { owner, organization } = await createTenant(t);
    const org = organization.id;
    const { copyExampleFramework: fw } = await owner.ok(COPY, { org });
    expect((await t.client().fail(LIST, { org })).extensions?.code).toBe('UNAUTHENTICATED');
    const other = await createTenant(t, 'Another school');
    expect((await other.owner.fail(GET, { input: { organizationId: org, frameworkId: fw.id } })).extensions?.code).toBe(
      'NOT_FOUND',
    );
    // Their own organisation id with our framework id: still not found.
    const cross = await other.owner.fail(GET, { input: { organizationId: other.organization.id, frameworkId: fw.id } });
    expect(cross.extensions?.code).toBe('NOT_FOUND');
    const member = await addMember(t, owner, org, 'MEMBER');
    const read = (await member.client.ok(LIST, { org })).frameworks;
    expect(read).toEqual([expect.objectContaining({ id: fw.id, practiceCount: 9, viewerCan: { edit: false } })]);
    const facilitator = await addMember(t, owner, org, 'FACILITATOR');
    expect((await facilitator.client.fail(COPY, { org })).extensions?.code).toBe('FORBIDDEN');
    expect((await member.client.fail(COPY, { org })).extensions?.code).toBe('FORBIDDEN');
    expect(await countOf(org)).toBe(1);
  });

  it('keeps every version readable: an edit makes version 2, version 1 stays as it was', async () => {
    const { owner, organization } = await createTenant(t);
    const org = organization.id;
    const { copyExampleFramework: v1 } = await owner.ok(COPY, { org });
    expect(v1).toMatchObject({
      version: 1,
      latestVersion: 1,
      levelNames: ['Beginning', 'Developing', 'Established', 'Leading'],
    });
    const first = v1.domains[0].practices[1];
    expect(first).toMatchObject({ key: 'formative-assessment', title: 'Formative assessment' });
    expect(first.levels[2]).toMatchObject({ level: 3, name: 'Established' });

    const domains = v1.domains.map((d: any) => ({
      title: d.title,
      practices: d.practices.map((p: any) => ({
        key: p.key,
        title: p.key === 'formative-assessment' ? 'Assessment for learning' : p.title,
        descriptors: p.levels.map((l: any) => l.descriptor),
      })),
    }));
    const { updateFramework: v2 } = await owner.ok(UPDATE, {
      input: { organizationId: org, frameworkId: v1.id, title: v1.title, levelNames: v1.levelNames, domains },
    });
    expect(v2).toMatchObject({ version: 2, latestVersion: 2, versions: [{ number: 2 }, { number: 1 }] });
    expect(v2.domains[0].practices[1]).toMatchObject({ key: 'formative-assessment', title: 'Assessment for learning' });

    const old = (await owner.ok(GET, { input: { organizationId: org, frameworkId: v1.id, version: 1 } })).framework;
    expect(old).toMatchObject({ version: 1, latestVersion: 2, versionId: v1.versionId, viewerCan: { edit: false } });
    expect(old.domains[0].practices[1].title).toBe('Formative assessment');
  });

  it('imports a framework from CSV, and names each bad row without saving anything', async () => {
    const { owner, organization } = await createTenant(t);
    const org = organization.id;
    const csv =
      'domain,practice,level,descriptor\nCulture,Discussion,1,Teacher talk\nCulture,Discussion,2,"Pairs, then groups"\n';
    const { importFramework } = await owner.ok(IMPORT, { input: { organizationId: org, title: 'Talk', csv } });
    expect(importFramework).toMatchObject({
      title: 'Talk',
      levelNames: ['Emerging', 'Established'],
      domains: [
        {
          title: 'Culture',
          practices: [{ key: 'discussion', levels: [{ level: 1 }, { descriptor: 'Pairs, then groups' }] }],
        },
      ],
    });
    const bad = await owner.fail(IMPORT, {
      input: { organizationId: org, title: 'Bad', csv: 'domain,practice,level,descriptor\nA,B,1,x\nA,B,9,y\n' },
    });
    expect(bad.extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.extensions?.fields).toEqual({
      'csv.row3': 'Row 3: the level must be a whole number from 1 to 6 (found "9").',
    });
    expect(await countOf(org)).toBe(1);
  });

  it('refuses bad content with per-field messages and changes nothing', async () => {
    const { owner, organization } = await createTenant(t);
    const org = organization.id;
    const bad = await owner.fail(CREATE, {
      input: {
        organizationId: org,
        title: '',
        levelNames: ['One', 'Two'],
        domains: [{ title: 'D', practices: [{ title: 'P', descriptors: ['only one', 'two', 'three'] }] }],
      },
    });
    expect(bad.extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.extensions?.fields).toMatchObject({ title: expect.any(String) });
    const mismatch = await owner.fail(CREATE, {
      input: {
        organizationId: org,
        title: 'T',
        levelNames: ['One', 'Two'],
        domains: [{ title: 'D', practices: [{ title: 'P', descriptors: ['a', 'b', 'c'] }] }],
      },
    });
    expect(mismatch.extensions?.fields).toEqual({
      'domains.0.practices.0.descriptors': 'Describe each of the 2 levels (3 given).',
    });
    expect(await countOf(org)).toBe(0);
  });
});
