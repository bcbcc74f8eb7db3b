import { PASSWORD } from '../../../test/factories';
import type { GqlClient } from '../../../test/gql-client';
import { createCohortWorld, GIVE_FEEDBACK, openPrompt, post, SAVE_DRAFT } from '../../../test/learning-factories';
import { startTestApp, type TestApp } from '../../../test/test-app';

const DELETE = `mutation ($input: DeleteAccountInput!) { deleteAccount(input: $input) }`;
const ME = `{ me { id email } }`;
const SIGN_IN = `mutation ($input: SignInInput!) { signIn(input: $input) { id } }`;
const PROMPT = `query ($id: ID!) { prompt(id: $id) { contributions { id body author { id displayName } } } }`;
const MEMBERS = `query ($id: ID!) { cohort(id: $id) { members { user { id } } } }`;
const AUDIT = `query ($org: ID!) { auditEvents(organizationId: $org, action: ACCOUNT_DELETED) { nodes { action subjectId } } }`;

const exportOf = (client: GqlClient) =>
  fetch(`${client.baseUrl}/api/me/export`, { headers: client.cookie ? { cookie: client.cookie } : {} });

describe('one’s own data: the personal export and deleting one’s account', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('the export holds what I wrote and was given, drafts included, and nothing deleted', async () => {
    const world = await createCohortWorld(t, 1);
    const [member] = world.members;
    const promptId = await openPrompt(world.facilitator.client, world.cohortId);
    const contributionId = await post(member.client, promptId, 'Hinge questions, one per misconception.');
    await member.client.ok(SAVE_DRAFT, { input: { promptId, kind: 'IDEA', body: 'A second idea, not yet posted.' } });
    await world.facilitator.client.ok(GIVE_FEEDBACK, {
      input: {
        contributionId,
        answers: [
          { sectionKey: 'glow', text: 'Clear distractors.' },
          { sectionKey: 'grow', text: 'Try it in grade 8.' },
        ],
      },
    });
    expect((await exportOf(t.client())).status).toBe(401);

    const res = await exportOf(member.client);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="openhuddle-my-data-/);
    const data = (await res.json()) as any;
    expect(data.profile.id).toBe(member.id);
    expect(data.memberships).toHaveLength(1);
    expect(data.contributions.map((c: any) => [c.body, c.status])).toEqual([
      ['Hinge questions, one per misconception.', 'PUBLISHED'],
      ['A second idea, not yet posted.', 'DRAFT'],
    ]);
    expect(data.feedbackReceived).toEqual([
      expect.objectContaining({
        from: 'Olivia Owner',
        answers: { glow: 'Clear distractors.', grow: 'Try it in grade 8.' },
      }),
    ]);
    // The facilitator's export has the feedback they gave, and not the member's work.
    const theirs = (await (await exportOf(world.facilitator.client)).json()) as any;
    expect(theirs.feedbackGiven).toHaveLength(1);
    expect(JSON.stringify(theirs)).not.toContain('A second idea');
  });

  it('asks for the email and password again, refuses the only owner, and changes nothing when refused', async () => {
    const world = await createCohortWorld(t, 1);
    const [member] = world.members;
    expect((await t.client().fail(DELETE, { input: { confirmEmail: 'a@b.example' } })).extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    const { me } = await member.client.ok(ME);
    const wrongEmail = await member.client.fail(DELETE, {
      input: { confirmEmail: 'someone@else.example', password: PASSWORD },
    });
    expect(wrongEmail.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { confirmEmail: expect.any(String) },
    });
    const noPassword = await member.client.fail(DELETE, { input: { confirmEmail: me.email } });
    expect(noPassword.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { password: expect.any(String) } });
    const wrongPassword = await member.client.fail(DELETE, {
      input: { confirmEmail: me.email, password: 'not it at all' },
    });
    expect(wrongPassword.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { password: expect.any(String) },
    });
    expect((await member.client.ok(ME)).me.id).toBe(member.id);

    const owner = await world.facilitator.client.ok(ME);
    const sole = await world.facilitator.client.fail(DELETE, {
      input: { confirmEmail: owner.me.email, password: PASSWORD },
    });
    expect(sole.extensions?.code).toBe('CONFLICT');
    expect(sole.message).toMatch(/only owner/);
    expect((await world.facilitator.client.ok(ME)).me.id).toBe(owner.me.id);
  });

  it('after deleting, the person is signed out everywhere, cannot sign in, and their work reads "Former member"', async () => {
    const world = await createCohortWorld(t, 2);
    const [leaver, peer] = world.members;
    const promptId = await openPrompt(world.facilitator.client, world.cohortId);
    const contributionId = await post(leaver.client, promptId, 'What I leave behind for the cohort.');
    await leaver.client.ok(SAVE_DRAFT, { input: { promptId, kind: 'IDEA', body: 'My private draft.' } });
    const { me } = await leaver.client.ok(ME);

    expect(
      (await leaver.client.ok(DELETE, { input: { confirmEmail: me.email.toUpperCase(), password: PASSWORD } }))
        .deleteAccount,
    ).toBe(true);
    expect((await leaver.client.ok(ME)).me).toBeNull();
    const again = t.client();
    expect((await again.fail(SIGN_IN, { input: { email: me.email, password: PASSWORD } })).extensions?.code).toBe(
      'BAD_USER_INPUT',
    );

    const { prompt } = await peer.client.ok(PROMPT, { id: promptId });
    const left = prompt.contributions.find((c: any) => c.id === contributionId);
    expect(left.author).toMatchObject({ displayName: 'Former member' });
    expect(JSON.stringify(prompt)).not.toContain('My private draft.');
    const { cohort } = await world.facilitator.client.ok(MEMBERS, { id: world.cohortId });
    expect(cohort.members.map((m: any) => m.user.id)).not.toContain(leaver.id);
    const { auditEvents } = await world.facilitator.client.ok(AUDIT, { org: world.organization.id });
    expect(auditEvents.nodes).toEqual([{ action: 'ACCOUNT_DELETED', subjectId: leaver.id }]);
  });

  it('where the organisation’s data policy says DELETE, the work goes with the account (admins set it)', async () => {
    const world = await createCohortWorld(t, 2);
    const [leaver, peer] = world.members;
    const POLICY = `mutation ($input: UpdateDataPolicyInput!) { updateDataPolicy(input: $input) { deletedAccountContent } }`;
    const refused = await peer.client.fail(POLICY, {
      input: { organizationId: world.organization.id, deletedAccountContent: 'DELETE' },
    });
    expect(refused.extensions?.code).toBe('FORBIDDEN');
    const { updateDataPolicy } = await world.facilitator.client.ok(POLICY, {
      input: { organizationId: world.organization.id, deletedAccountContent: 'DELETE' },
    });
    expect(updateDataPolicy.deletedAccountContent).toBe('DELETE');

    const promptId = await openPrompt(world.facilitator.client, world.cohortId);
    const mine = await post(leaver.client, promptId, 'Take this with me.');
    const theirs = await post(peer.client, promptId, 'A peer’s post.');
    await leaver.client.ok(GIVE_FEEDBACK, {
      input: {
        contributionId: theirs,
        answers: [
          { sectionKey: 'glow', text: 'Feedback that leaves with me.' },
          { sectionKey: 'grow', text: 'And its next step.' },
        ],
      },
    });
    const { me } = await leaver.client.ok(ME);
    await leaver.client.ok(DELETE, { input: { confirmEmail: me.email, password: PASSWORD } });

    const { prompt } = await peer.client.ok(PROMPT, { id: promptId });
    expect(prompt.contributions.map((c: any) => c.id)).toEqual([theirs]);
    expect(JSON.stringify(prompt)).not.toContain('Take this with me.');
    const FEEDBACK = `query ($id: ID!) { prompt(id: $id) { contributions { feedback { id } } } }`;
    const after = await peer.client.ok(FEEDBACK, { id: promptId });
    expect(after.prompt.contributions[0].feedback).toEqual([]);
    expect(mine).toBeTruthy();
  });
});
