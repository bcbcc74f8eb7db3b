import type { GqlClient } from './gql-client';
import { addMember, createTenant } from './factories';
import type { TestApp } from './test-app';

export const GLOW_GROW = '00000000-0000-4000-a000-000000000001';

export const CREATE_COHORT = `mutation ($input: CreateCohortInput!) { createCohort(input: $input) { id name viewerRole } }`;
export const ADD_COHORT_MEMBERS = `mutation ($input: AddCohortMembersInput!) { addCohortMembers(input: $input) { id role user { id } } }`;
export const CREATE_PROMPT = `mutation ($input: CreatePromptInput!) { createPrompt(input: $input) { id status } }`;
export const PUBLISH_PROMPT = `mutation ($id: ID!) { publishPrompt(id: $id) { id status } }`;
export const SAVE_DRAFT = `mutation ($input: SaveDraftInput!) { saveDraft(input: $input) { id status version isMine } }`;
export const PUBLISH_CONTRIBUTION = `mutation ($id: ID!) { publishContribution(id: $id) { id status publishedAt } }`;
export const GIVE_FEEDBACK = `mutation ($input: GiveFeedbackInput!) { giveFeedback(input: $input) { id helpful answers { sectionKey label text } } }`;

export interface Person {
  client: GqlClient;
  id: string;
}

/**
 * An organization with one cohort: a facilitator (the org owner), `members` members,
 * an observer, plus an org member outside the cohort.
 */
export async function createCohortWorld(t: TestApp, members = 3) {
  const { owner, ownerUser, organization } = await createTenant(t);
  const facilitator: Person = { client: owner, id: ownerUser.id };
  const { createCohort } = await owner.ok(CREATE_COHORT, {
    input: { organizationId: organization.id, name: 'Grade 7 Math PLC' },
  });
  const cohortId = createCohort.id as string;
  const join = async (role: string): Promise<Person> => {
    const { client, person } = await addMember(t, owner, organization.id, 'MEMBER');
    if (role !== 'NONE') await owner.ok(ADD_COHORT_MEMBERS, { input: { cohortId, userIds: [person.id], role } });
    return { client, id: person.id };
  };
  const people: Person[] = [];
  for (let i = 0; i < members; i++) people.push(await join('MEMBER'));
  const observer = await join('OBSERVER');
  const outsider = await join('NONE');
  return { organization, cohortId, facilitator, members: people, observer, outsider, join };
}

export async function openPrompt(facilitator: GqlClient, cohortId: string, overrides: Record<string, unknown> = {}) {
  const { createPrompt } = await facilitator.ok(CREATE_PROMPT, {
    input: {
      cohortId,
      title: 'Share one formative assessment that worked',
      instructions: 'Describe **what** you tried and the evidence.',
      opensAt: new Date(Date.now() - 60_000).toISOString(),
      acceptedKinds: ['IDEA', 'EVIDENCE', 'SOLUTION', 'QUESTION'],
      revealRule: 'OPEN',
      anonymity: 'NONE',
      protocolId: GLOW_GROW,
      reviewMode: 'EVERYONE_SEES_ALL',
      ...overrides,
    },
  });
  await facilitator.ok(PUBLISH_PROMPT, { id: createPrompt.id });
  return createPrompt.id as string;
}

export async function post(
  client: GqlClient,
  promptId: string,
  body = 'Exit tickets with a hinge question.',
  kind = 'SOLUTION',
) {
  const { saveDraft } = await client.ok(SAVE_DRAFT, { input: { promptId, kind, body } });
  await client.ok(PUBLISH_CONTRIBUTION, { id: saveDraft.id });
  return saveDraft.id as string;
}
