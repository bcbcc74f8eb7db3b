import { createTenant } from '../../../test/factories';
import { createCohortWorld, GIVE_FEEDBACK, GLOW_GROW, openPrompt, post } from '../../../test/learning-factories';
import type { GqlClient } from '../../../test/gql-client';
import { startTestApp, type TestApp } from '../../../test/test-app';

const PROTOCOL_FIELDS = `id name description builtIn usedByPromptCount inUse
  sections { key label guidingQuestion sentenceStems required }
  rubric { key label levels { value label descriptor } }`;
const PROTOCOLS = `query ($org: ID!) { feedbackProtocols(organizationId: $org) { ${PROTOCOL_FIELDS} } }`;
const CREATE = `mutation ($input: CreateFeedbackProtocolInput!) { createFeedbackProtocol(input: $input) { ${PROTOCOL_FIELDS} } }`;
const UPDATE = `mutation ($input: UpdateFeedbackProtocolInput!) { updateFeedbackProtocol(input: $input) { ${PROTOCOL_FIELDS} } }`;
const DELETE = `mutation ($id: ID!) { deleteFeedbackProtocol(id: $id) }`;
const PROMPT_FEEDBACK = `query ($id: ID!) { prompt(id: $id) { protocol { id usedByPromptCount inUse }
  contributions { id feedback { answers { sectionKey label text } rubric { criterionKey label level levelLabel } } } } }`;
const UPDATE_PROMPT = `mutation ($input: UpdatePromptInput!) { updatePrompt(input: $input) { id } }`;

const levels = (...labels: string[]) => labels.map((label, i) => ({ value: i + 1, label, descriptor: '' }));
const FIELDS = {
  name: 'Notice & Wonder',
  description: 'Slow looking.',
  sections: [
    {
      key: 'notice',
      label: 'I notice',
      guidingQuestion: 'What do you see?',
      sentenceStems: ['I notice…'],
      required: true,
    },
    { key: 'wonder', label: 'I wonder', guidingQuestion: '', sentenceStems: [], required: false },
  ],
  rubric: [{ key: 'clarity', label: 'Clarity', levels: levels('Emerging', 'Proficient', 'Exemplary') }],
};
type Fields = typeof FIELDS;

/** The fields as the API returns them, for sending back with changes. */
function fieldsOf(protocol: any): Fields {
  return {
    name: protocol.name,
    description: protocol.description,
    sections: protocol.sections.map((s: any) => ({ ...s })),
    rubric: protocol.rubric.map((c: any) => ({ ...c, levels: c.levels.map((l: any) => ({ ...l })) })),
  };
}

describe('feedback protocols: editing, usage and deleting', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  async function createProtocol(client: GqlClient, organizationId: string, fields: Partial<Fields> = {}) {
    const { createFeedbackProtocol } = await client.ok(CREATE, { input: { organizationId, ...FIELDS, ...fields } });
    return createFeedbackProtocol;
  }

  async function readProtocol(client: GqlClient, organizationId: string, id: string) {
    const { feedbackProtocols } = await client.ok(PROTOCOLS, { org: organizationId });
    return feedbackProtocols.find((p: any) => p.id === id);
  }

  /** A cohort whose prompt follows a new protocol, with one post and one piece of feedback on it. */
  async function protocolWithFeedback() {
    const world = await createCohortWorld(t, 2);
    const org = world.organization.id;
    const protocol = await createProtocol(world.facilitator.client, org);
    const promptId = await openPrompt(world.facilitator.client, world.cohortId, { protocolId: protocol.id });
    const contributionId = await post(world.members[0].client, promptId);
    await world.members[1].client.ok(GIVE_FEEDBACK, {
      input: {
        contributionId,
        answers: [
          { sectionKey: 'notice', text: 'Three hinge questions.' },
          { sectionKey: 'wonder', text: 'How long did it take?' },
        ],
        rubric: [{ criterionKey: 'clarity', level: 2 }],
      },
    });
    const update = (fields: Fields) =>
      world.facilitator.client.request(UPDATE, { input: { organizationId: org, protocolId: protocol.id, ...fields } });
    return { world, org, protocol, promptId, contributionId, update };
  }

  it('requires authentication', async () => {
    const world = await createCohortWorld(t, 0);
    const org = world.organization.id;
    const protocol = await createProtocol(world.facilitator.client, org);
    const anonymous = t.client();
    for (const [query, variables] of [
      [PROTOCOLS, { org }],
      [CREATE, { input: { organizationId: org, ...FIELDS } }],
      [UPDATE, { input: { organizationId: org, protocolId: protocol.id, ...FIELDS, name: 'Changed' } }],
      [DELETE, { id: protocol.id }],
    ] as const) {
      expect((await anonymous.fail(query, variables)).extensions?.code).toBe('UNAUTHENTICATED');
    }
    expect((await readProtocol(world.facilitator.client, org, protocol.id)).name).toBe('Notice & Wonder');
  });

  it('another organization can neither see, change nor delete it (NOT_FOUND), nor a built-in', async () => {
    const world = await createCohortWorld(t, 0);
    const org = world.organization.id;
    const protocol = await createProtocol(world.facilitator.client, org);
    const other = await createTenant(t);
    const otherOrg = other.organization.id;

    expect((await other.owner.fail(PROTOCOLS, { org })).extensions?.code).toBe('NOT_FOUND');
    const theirs = (await other.owner.ok(PROTOCOLS, { org: otherOrg })).feedbackProtocols;
    expect(theirs.map((p: any) => p.id)).not.toContain(protocol.id);
    for (const organizationId of [org, otherOrg]) {
      const res = await other.owner.fail(UPDATE, {
        input: { organizationId, protocolId: protocol.id, ...FIELDS, name: 'Hijacked' },
      });
      expect(res.extensions?.code).toBe('NOT_FOUND');
    }
    expect((await other.owner.fail(DELETE, { id: protocol.id })).extensions?.code).toBe('NOT_FOUND');
    // Built-ins belong to nobody: read-only for everyone.
    expect((await world.facilitator.client.fail(DELETE, { id: GLOW_GROW })).extensions?.code).toBe('NOT_FOUND');
    expect((await world.facilitator.client.fail(DELETE, { id: crypto.randomUUID() })).extensions?.code).toBe(
      'NOT_FOUND',
    );
    expect(await readProtocol(world.facilitator.client, org, protocol.id)).toEqual(protocol);
  });

  it('members read protocols but may not change or delete them (FORBIDDEN)', async () => {
    const world = await createCohortWorld(t, 1);
    const org = world.organization.id;
    const protocol = await createProtocol(world.facilitator.client, org);
    const member = world.members[0].client;
    expect(await readProtocol(member, org, protocol.id)).toEqual(protocol);
    const update = await member.fail(UPDATE, {
      input: { organizationId: org, protocolId: protocol.id, ...FIELDS, name: 'Mine now' },
    });
    expect(update.extensions?.code).toBe('FORBIDDEN');
    expect((await member.fail(DELETE, { id: protocol.id })).extensions?.code).toBe('FORBIDDEN');
    expect(await readProtocol(member, org, protocol.id)).toEqual(protocol);
  });

  it('counts the prompts that use each protocol, and knows once feedback follows it', async () => {
    const { world, org, protocol, promptId } = await protocolWithFeedback();
    const unused = await createProtocol(world.facilitator.client, org, { name: 'Spare' });
    expect(unused).toMatchObject({ usedByPromptCount: 0, inUse: false });
    // A second prompt (a draft, no feedback yet) counts too.
    await world.facilitator.client.ok(`mutation ($input: CreatePromptInput!) { createPrompt(input: $input) { id } }`, {
      input: {
        cohortId: world.cohortId,
        title: 'Next week',
        opensAt: new Date(Date.now() + 86_400_000).toISOString(),
        acceptedKinds: ['IDEA'],
        revealRule: 'OPEN',
        anonymity: 'NONE',
        protocolId: protocol.id,
        reviewMode: 'EVERYONE_SEES_ALL',
      },
    });
    expect(await readProtocol(world.members[0].client, org, protocol.id)).toMatchObject({
      usedByPromptCount: 2,
      inUse: true,
    });
    expect((await world.members[0].client.ok(PROMPT_FEEDBACK, { id: promptId })).prompt.protocol).toEqual({
      id: protocol.id,
      usedByPromptCount: 2,
      inUse: true,
    });
    // Built-ins count this organization's prompts only: none here use Glow & Grow.
    expect(await readProtocol(world.facilitator.client, org, GLOW_GROW)).toMatchObject({
      usedByPromptCount: 0,
      inUse: false,
    });
    const other = await createCohortWorld(t, 0);
    await openPrompt(other.facilitator.client, other.cohortId, { protocolId: GLOW_GROW });
    expect(await readProtocol(other.facilitator.client, other.organization.id, GLOW_GROW)).toMatchObject({
      usedByPromptCount: 1,
    });
    expect((await readProtocol(world.facilitator.client, org, GLOW_GROW)).usedByPromptCount).toBe(0);
  });

  it('refuses to remove a section or criterion that feedback uses, or to change its levels, and changes nothing', async () => {
    const { world, org, protocol, update } = await protocolWithFeedback();
    const fields = fieldsOf(protocol);
    const [notice, wonder] = fields.sections;
    const [clarity] = fields.rubric;
    const levelsKept = {
      'rubric.0.levels':
        'Feedback already scores “Clarity” on these 3 levels: rename or describe them, but keep their number and order. Duplicate the protocol to change them.',
    };
    const cases: Array<[string, Fields, Record<string, string>]> = [
      [
        'a section removed',
        { ...fields, sections: [notice] },
        {
          sections:
            'Feedback already uses the section “I wonder”, so it stays (you can rename it). Duplicate the protocol to change it.',
        },
      ],
      [
        'a criterion removed',
        { ...fields, rubric: [] },
        {
          rubric:
            'Feedback already uses the criterion “Clarity”, so it stays (you can rename it). Duplicate the protocol to change it.',
        },
      ],
      ['a level removed', { ...fields, rubric: [{ ...clarity, levels: clarity.levels.slice(0, 2) }] }, levelsKept],
      ['a level added', { ...fields, rubric: [{ ...clarity, levels: levels('A', 'B', 'C', 'D') }] }, levelsKept],
      ['levels reordered', { ...fields, rubric: [{ ...clarity, levels: [...clarity.levels].reverse() }] }, levelsKept],
    ];
    for (const [what, changed, fieldMessages] of cases) {
      const res = await update(changed);
      expect({ what, data: res.data }).toEqual({ what, data: null });
      const error = res.errors![0];
      expect({ what, code: error.extensions?.code }).toEqual({ what, code: 'CONFLICT' });
      expect(error.message).toMatch(/Duplicate the protocol/);
      expect({ what, fields: error.extensions?.fields }).toEqual({ what, fields: fieldMessages });
    }
    // Everything at once, together with allowed changes: refused whole, every problem named.
    const all = await update({
      ...fields,
      name: 'Renamed',
      sections: [{ ...wonder, label: 'Curious' }],
      rubric: [{ key: 'depth', label: 'Depth', levels: levels('Thin', 'Deep') }],
    });
    expect(all.errors![0].extensions?.code).toBe('CONFLICT');
    expect(Object.keys(all.errors![0].extensions!.fields!).sort()).toEqual(['rubric', 'sections']);
    expect(all.errors![0].extensions!.fields!.sections).toContain('“I notice”');

    expect(await readProtocol(world.facilitator.client, org, protocol.id)).toEqual({
      ...protocol,
      usedByPromptCount: 1,
      inUse: true,
    });
    const [row] = await t.dataSource.query('SELECT name, sections, rubric FROM feedback_protocol WHERE id = $1', [
      protocol.id,
    ]);
    expect(row).toEqual({ name: protocol.name, sections: FIELDS.sections, rubric: FIELDS.rubric });
  });

  it('accepts renaming, rewording, reordering and additions; old feedback shows its answers under the new labels', async () => {
    const { world, org, protocol, promptId, contributionId, update } = await protocolWithFeedback();
    const fields = fieldsOf(protocol);
    const [notice, wonder] = fields.sections;
    const [clarity] = fields.rubric;
    const res = await update({
      ...fields,
      name: 'Notice, Wonder, Next',
      sections: [
        { ...wonder, label: 'I’m curious about', required: true, sentenceStems: ['I’m curious why…'] },
        { ...notice, label: 'What I noticed', guidingQuestion: 'What exactly did you see?' },
        { key: 'next', label: 'Next step', guidingQuestion: '', sentenceStems: [], required: false },
      ],
      rubric: [
        { key: 'evidence', label: 'Evidence', levels: levels('None', 'Some') },
        {
          ...clarity,
          label: 'Clear to a colleague',
          levels: clarity.levels.map((l) => ({ ...l, label: `${l.label}!`, descriptor: `About ${l.value}` })),
        },
      ],
    });
    expect(res.errors).toBeUndefined();
    const saved = res.data!.updateFeedbackProtocol;
    expect(saved.sections.map((s: any) => s.key)).toEqual(['wonder', 'notice', 'next']);
    expect(saved.rubric.map((c: any) => c.key)).toEqual(['evidence', 'clarity']);
    expect(saved).toMatchObject({ name: 'Notice, Wonder, Next', usedByPromptCount: 1, inUse: true });

    const { prompt } = await world.members[0].client.ok(PROMPT_FEEDBACK, { id: promptId });
    const [feedback] = prompt.contributions.find((c: any) => c.id === contributionId).feedback;
    expect(feedback.answers).toEqual([
      { sectionKey: 'wonder', label: 'I’m curious about', text: 'How long did it take?' },
      { sectionKey: 'notice', label: 'What I noticed', text: 'Three hinge questions.' },
    ]);
    expect(feedback.rubric).toEqual([
      { criterionKey: 'clarity', label: 'Clear to a colleague', level: 2, levelLabel: 'Proficient!' },
    ]);
    expect((await readProtocol(world.facilitator.client, org, protocol.id)).name).toBe('Notice, Wonder, Next');
  });

  it('lets a protocol without feedback change freely, even while prompts use it', async () => {
    const world = await createCohortWorld(t, 1);
    const org = world.organization.id;
    const protocol = await createProtocol(world.facilitator.client, org);
    await openPrompt(world.facilitator.client, world.cohortId, { protocolId: protocol.id });
    const fields = fieldsOf(protocol);
    const { updateFeedbackProtocol } = await world.facilitator.client.ok(UPDATE, {
      input: {
        organizationId: org,
        protocolId: protocol.id,
        ...fields,
        sections: [fields.sections[1]],
        rubric: [{ ...fields.rubric[0], levels: levels('Low', 'High') }],
      },
    });
    expect(updateFeedbackProtocol).toMatchObject({ usedByPromptCount: 1, inUse: false });
    expect(updateFeedbackProtocol.sections.map((s: any) => s.key)).toEqual(['wonder']);
    expect(updateFeedbackProtocol.rubric[0].levels.map((l: any) => l.label)).toEqual(['Low', 'High']);
  });

  it('deletes a protocol no prompt uses; refuses one that prompts use and says what to do instead', async () => {
    const world = await createCohortWorld(t, 0);
    const org = world.organization.id;
    const used = await createProtocol(world.facilitator.client, org, { name: 'Used' });
    const promptId = await openPrompt(world.facilitator.client, world.cohortId, { protocolId: used.id });
    const spare = await createProtocol(world.facilitator.client, org, { name: 'Spare' });

    const refused = await world.facilitator.client.fail(DELETE, { id: used.id });
    expect(refused.extensions?.code).toBe('CONFLICT');
    expect(refused.message).toBe(
      '1 prompt uses “Used”, so it cannot be deleted. Pick another protocol for that prompt first, or keep it.',
    );
    expect(await readProtocol(world.facilitator.client, org, used.id)).toEqual({ ...used, usedByPromptCount: 1 });

    expect((await world.facilitator.client.ok(DELETE, { id: spare.id })).deleteFeedbackProtocol).toBe(true);
    expect(await readProtocol(world.facilitator.client, org, spare.id)).toBeUndefined();
    expect((await world.facilitator.client.fail(DELETE, { id: spare.id })).extensions?.code).toBe('NOT_FOUND');

    // Once its prompt follows another protocol, it can go.
    const { prompt } = await world.facilitator.client.ok(
      `query ($id: ID!) { prompt(id: $id) { title instructions opensAt acceptedKinds revealRule anonymity reviewMode reviewsPerContribution reviewGrouping } }`,
      { id: promptId },
    );
    await world.facilitator.client.ok(UPDATE_PROMPT, { input: { promptId, ...prompt, protocolId: GLOW_GROW } });
    expect((await world.facilitator.client.ok(DELETE, { id: used.id })).deleteFeedbackProtocol).toBe(true);
    const [{ count }] = await t.dataSource.query(
      'SELECT count(*)::int AS count FROM feedback_protocol WHERE organization_id = $1',
      [org],
    );
    expect(count).toBe(0);
  });

  it('keeps a prompt on its protocol once feedback was given with it (CONFLICT, nothing changes)', async () => {
    const { world, protocol, promptId } = await protocolWithFeedback();
    const PROMPT = `query ($id: ID!) { prompt(id: $id) { title instructions opensAt acceptedKinds revealRule anonymity reviewMode reviewsPerContribution reviewGrouping protocolId } }`;
    const { prompt } = await world.facilitator.client.ok(PROMPT, { id: promptId });
    const { protocolId: _current, ...fields } = prompt;
    const refused = await world.facilitator.client.fail(UPDATE_PROMPT, {
      input: { promptId, ...fields, title: 'Renamed too', protocolId: GLOW_GROW },
    });
    expect(refused.extensions?.code).toBe('CONFLICT');
    expect(refused.extensions?.fields?.protocolId).toMatch(/already given with this protocol/);
    expect((await world.facilitator.client.ok(PROMPT, { id: promptId })).prompt).toEqual(prompt);
    // Other edits go through while the protocol stays.
    await world.facilitator.client.ok(UPDATE_PROMPT, {
      input: { promptId, ...fields, title: 'Renamed', protocolId: protocol.id },
    });
    expect((await world.facilitator.client.ok(PROMPT, { id: promptId })).prompt.title).toBe('Renamed');
  });

  it('lists protocols with their usage in the same number of SQL statements for 2 and 10 protocols', async () => {
    const world = await createCohortWorld(t, 2);
    const org = world.organization.id;
    const client = world.facilitator.client;
    const add = async (n: number) => {
      for (let i = 0; i < n; i++) {
        const protocol = await createProtocol(client, org, { name: `Protocol ${i} of ${n}` });
        const promptId = await openPrompt(client, world.cohortId, { protocolId: protocol.id });
        if (i % 2 === 0) {
          const id = await post(world.members[0].client, promptId);
          await world.members[1].client.ok(GIVE_FEEDBACK, {
            input: { contributionId: id, answers: [{ sectionKey: 'notice', text: 'Seen.' }] },
          });
        }
      }
    };
    const measure = async () => {
      const res = await client.request(PROTOCOLS, { org });
      expect(res.errors).toBeUndefined();
      const own = res.data!.feedbackProtocols.filter((p: any) => !p.builtIn);
      return { own, statements: res.extensions!.sqlStatements! };
    };
    await add(2);
    const small = await measure();
    await add(8);
    const large = await measure();
    expect(small.own).toHaveLength(2);
    expect(large.own).toHaveLength(10);
    expect(large.own.every((p: any) => p.usedByPromptCount === 1)).toBe(true);
    // Feedback on the first of each batch and every other one after: 1 of the first 2, 4 of the next 8.
    expect(large.own.filter((p: any) => p.inUse)).toHaveLength(5);
    expect(large.statements).toBe(small.statements);
    // Session, membership, protocols, usage.
    expect(large.statements).toBeLessThanOrEqual(4);
  });
});
