import { createTenant } from '../../../test/factories';
import { createCohortWorld } from '../../../test/learning-factories';
import {
  DELETE_OBSERVATION,
  OBSERVATION,
  OBSERVATIONS,
  observe,
  RECORD,
  today,
  TRENDS,
} from '../../../test/observation-factories';
import { COPY_EXAMPLE } from '../../../test/self-assessment-factories';
import { startTestApp, type TestApp } from '../../../test/test-app';

const DAY = 86_400_000;
const UPDATE = `mutation ($input: UpdateFrameworkInput!) { updateFramework(input: $input) { version } }`;
const GET_FRAMEWORK = `query ($input: FrameworkRefInput!) { framework(input: $input) { title description levelNames domains { title practices { key title descriptors: levels { descriptor } } } } }`;

describe('observations of practice', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  async function world(members = 3) {
    const w = await createCohortWorld(t, members);
    const org = w.organization.id;
    const { copyExampleFramework } = await w.facilitator.client.ok(COPY_EXAMPLE, { org });
    return { ...w, org, frameworkId: copyExampleFramework.id as string };
  }
  const stored = async (org: string) =>
    (await t.dataSource.query(`SELECT count(*)::int AS n FROM observation WHERE organization_id = $1`, [org]))[0]
      .n as number;
  const input = (w: Awaited<ReturnType<typeof world>>, fields: Record<string, unknown> = {}) => ({
    organizationId: w.org,
    frameworkId: w.frameworkId,
    observedId: w.members[1]!.id,
    kind: 'WALKTHROUGH',
    observedOn: today(),
    note: '',
    ratings: [{ practiceKey: 'formative-assessment', level: 2 }],
    ...fields,
  });

  it('requires authentication and hides observations from other organisations and from everyone but the pair', async () => {
    const w = await world();
    const [observer, observed, colleague] = w.members;
    const o = await observe(observer!.client, w.org, w.frameworkId, observed!.id);
    const ref = { organizationId: w.org, observationId: o.id };
    expect((await t.client().fail(OBSERVATION, { input: ref })).extensions?.code).toBe('UNAUTHENTICATED');
    expect((await t.client().fail(RECORD, { input: input(w) })).extensions?.code).toBe('UNAUTHENTICATED');
    const other = await createTenant(t, 'Another school');
    expect((await other.owner.fail(OBSERVATION, { input: ref })).extensions?.code).toBe('NOT_FOUND');
    const cross = { organizationId: other.organization.id, observationId: o.id };
    expect((await other.owner.fail(OBSERVATION, { input: cross })).extensions?.code).toBe('NOT_FOUND');
    expect((await other.owner.fail(DELETE_OBSERVATION, { input: cross })).extensions?.code).toBe('NOT_FOUND');
    const intoOther = await other.owner.fail(RECORD, {
      input: { ...input(w), organizationId: other.organization.id },
    });
    expect(intoOther.extensions?.code).toBe('NOT_FOUND');
    // A colleague, the organisation's owner and an outsider to the cohort: not theirs to read.
    for (const person of [colleague!.client, w.facilitator.client, w.outsider.client])
      expect((await person.fail(OBSERVATION, { input: ref })).extensions?.code).toBe('NOT_FOUND');
    const theirs = await colleague!.client.ok(OBSERVATIONS, { input: { organizationId: w.org, side: 'OF_ME' } });
    expect(theirs.observations.nodes).toEqual([]);
    // Members do not read the trends, even of their own organisation.
    const trends = await colleague!.client.fail(TRENDS, {
      input: { organizationId: w.org, frameworkId: w.frameworkId },
    });
    expect(trends.extensions?.code).toBe('FORBIDDEN');
    // Only the observer deletes it.
    expect((await observed!.client.fail(DELETE_OBSERVATION, { input: ref })).extensions?.code).toBe('FORBIDDEN');
    expect(await stored(w.org)).toBe(1);
  });

  it('shares the observation with the person observed, with the level as the framework describes it', async () => {
    const w = await world();
    const [observer, observed] = w.members;
    const o = await observe(observer!.client, w.org, w.frameworkId, observed!.id, {
      'formative-assessment': 3,
      'student-discussion': 2,
    });
    expect(o).toMatchObject({
      kind: 'PEER_VISIT',
      observedOn: today(),
      observed: { id: observed!.id },
      observer: { id: observer!.id },
      framework: { id: w.frameworkId, version: 1 },
      viewerCan: { delete: true },
    });
    expect(o.ratings).toEqual([
      expect.objectContaining({ practiceKey: 'formative-assessment', level: 3, levelName: 'Established' }),
      expect.objectContaining({ practiceKey: 'student-discussion', level: 2, levelName: 'Developing' }),
    ]);
    expect(o.ratings[0].descriptor.length).toBeGreaterThan(10);
    const ofMe = await observed!.client.ok(OBSERVATIONS, { input: { organizationId: w.org, side: 'OF_ME' } });
    expect(ofMe.observations.nodes.map((n: { id: string }) => n.id)).toEqual([o.id]);
    expect(ofMe.observations.nodes[0]).toMatchObject({
      note: 'Exit tickets sorted into three piles before the next lesson.',
      viewerCan: { delete: false },
    });
    const byMe = await observer!.client.ok(OBSERVATIONS, { input: { organizationId: w.org, side: 'BY_ME' } });
    expect(byMe.observations.nodes.map((n: { id: string }) => n.id)).toEqual([o.id]);
    const mineOfMe = await observer!.client.ok(OBSERVATIONS, { input: { organizationId: w.org, side: 'OF_ME' } });
    expect(mineOfMe.observations.nodes).toEqual([]);
  });

  it('refuses bad input field by field and stores nothing', async () => {
    const w = await world();
    const me = w.members[0]!.client;
    const other = await createTenant(t, 'Elsewhere');
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ observedId: w.members[0]!.id }, 'observedId', 'Record observations of colleagues, not of yourself.'],
      [{ observedId: other.ownerUser.id }, 'observedId', 'Pick a member of your organisation.'],
      [
        { ratings: [{ practiceKey: 'juggling', level: 1 }] },
        'ratings.0.practiceKey',
        'This practice is not in the framework.',
      ],
      [
        { ratings: [{ practiceKey: 'formative-assessment', level: 5 }] },
        'ratings.0.level',
        'Pick a level from 1 to 4.',
      ],
      [
        {
          ratings: [
            { practiceKey: 'formative-assessment', level: 1 },
            { practiceKey: 'formative-assessment', level: 2 },
          ],
        },
        'ratings.1.practiceKey',
        'This practice is rated twice.',
      ],
      [{ ratings: [] }, 'ratings', 'Rate at least one practice.'],
      [
        { observedOn: new Date(Date.now() + 3 * DAY).toISOString().slice(0, 10) },
        'observedOn',
        'The visit cannot be in the future.',
      ],
      [{ observedOn: '2026-02-30' }, 'observedOn', 'Use a date such as 2026-03-14.'],
      [{ kind: 'GOSSIP' }, '', ''],
      [{ note: 'x'.repeat(2001) }, 'note', 'At most 2000 characters.'],
    ];
    for (const [fields, field, message] of cases) {
      const error = await me.fail(RECORD, { input: input(w, fields) });
      expect(error.extensions?.code).toBe('BAD_USER_INPUT');
      if (field) expect(error.extensions?.fields?.[field]).toBe(message);
    }
    const unknown = await me.fail(RECORD, { input: input(w, { frameworkId: other.organization.id }) });
    expect(unknown.extensions?.code).toBe('NOT_FOUND');
    const page = await me.fail(OBSERVATIONS, { input: { organizationId: w.org, side: 'OF_ME', first: 500 } });
    expect(page.extensions?.fields?.first).toBe('Ask for 1 to 50 observations at a time.');
    const cursor = await me.fail(OBSERVATIONS, { input: { organizationId: w.org, side: 'OF_ME', after: 'nope' } });
    expect(cursor.extensions?.code).toBe('BAD_USER_INPUT');
    const months = await w.facilitator.client.fail(TRENDS, {
      input: { organizationId: w.org, frameworkId: w.frameworkId, months: 0 },
    });
    expect(months.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await stored(w.org)).toBe(0);
  });

  it('keeps an observation on the version it was made on when the framework is edited', async () => {
    const w = await world();
    const o = await observe(w.members[0]!.client, w.org, w.frameworkId, w.members[1]!.id);
    const { framework } = await w.facilitator.client.ok(GET_FRAMEWORK, {
      input: { organizationId: w.org, frameworkId: w.frameworkId },
    });
    const domains = framework.domains.map((d: any) => ({
      title: d.title,
      practices: d.practices.map((p: any) => ({
        key: p.key,
        title: p.key === 'formative-assessment' ? 'Checking for understanding' : p.title,
        descriptors: p.descriptors.map((l: any) => `${l.descriptor} (v2)`),
      })),
    }));
    await w.facilitator.client.ok(UPDATE, {
      input: {
        organizationId: w.org,
        frameworkId: w.frameworkId,
        title: framework.title,
        description: framework.description,
        levelNames: framework.levelNames,
        domains,
      },
    });
    const ref = { organizationId: w.org, observationId: o.id };
    const { observation } = await w.members[1]!.client.ok(OBSERVATION, { input: ref });
    expect(observation.framework.version).toBe(1);
    expect(observation.ratings[0]).toMatchObject({ title: o.ratings[0].title, descriptor: o.ratings[0].descriptor });
    const later = await observe(w.members[0]!.client, w.org, w.frameworkId, w.members[1]!.id);
    expect(later.framework.version).toBe(2);
    expect(later.ratings[0].title).toBe('Checking for understanding');
  });

  it('shows a practice’s month only once 5 different people were observed, however many observations', async () => {
    const w = await world(6);
    const trends = async () =>
      (
        await w.facilitator.client.ok(TRENDS, {
          input: { organizationId: w.org, frameworkId: w.frameworkId, months: 3 },
        })
      ).observationTrends;
    const observer = w.members[5]!.client;
    // Four people, observed three times each: twelve observations, still nothing shown.
    for (let round = 0; round < 3; round++)
      for (let i = 0; i < 4; i++)
        await observe(observer, w.org, w.frameworkId, w.members[i]!.id, { 'formative-assessment': (i % 4) + 1 });
    const four = await trends();
    expect(four.minPeople).toBe(5);
    expect(four.months).toHaveLength(3);
    const formative = () => four.practices.find((p: any) => p.practiceKey === 'formative-assessment');
    expect(formative().months.at(-1)).toEqual({
      month: today().slice(0, 7),
      shown: false,
      observationCount: null,
      peopleCount: null,
      mean: null,
      distribution: [],
    });
    await observe(w.facilitator.client, w.org, w.frameworkId, w.members[4]!.id, { 'formative-assessment': 4 });
    const five = await trends();
    const cell = five.practices.find((p: any) => p.practiceKey === 'formative-assessment').months.at(-1);
    expect(cell).toEqual({
      month: today().slice(0, 7),
      shown: true,
      observationCount: 13,
      peopleCount: 5,
      mean: 2.6,
      distribution: [3, 3, 3, 4],
    });
    // A practice nobody observed says nothing either.
    expect(five.practices.find((p: any) => p.practiceKey === 'differentiation').months.at(-1).shown).toBe(false);
  });

  it('pages through the observations of a person, newest first, and forgets a deleted one', async () => {
    const w = await world();
    const ids: string[] = [];
    for (let i = 0; i < 5; i++)
      ids.push((await observe(w.members[0]!.client, w.org, w.frameworkId, w.members[1]!.id)).id);
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = (
        await w.members[1]!.client.ok(OBSERVATIONS, {
          input: { organizationId: w.org, side: 'OF_ME', first: 2, after },
        })
      ).observations;
      seen.push(...page.nodes.map((n: { id: string }) => n.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual([...ids].reverse());
    const ref = { organizationId: w.org, observationId: ids[0] };
    expect((await w.members[0]!.client.ok(DELETE_OBSERVATION, { input: ref })).deleteObservation).toBe(ids[0]);
    expect((await w.members[1]!.client.fail(OBSERVATION, { input: ref })).extensions?.code).toBe('NOT_FOUND');
    expect(await stored(w.org)).toBe(4);
  });
});
