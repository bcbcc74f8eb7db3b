import { ACCEPT_INVITATION, INVITE_MEMBER, tokenOf } from '../../../test/factories';
import type { GqlClient } from '../../../test/gql-client';
import { GLOW_GROW } from '../../../test/learning-factories';

export const TEMPLATE_FIELDS = `id organizationId title description version promptCount huddleCount launchCount
  viewerCan { edit duplicate launch } launchTargets { id name }`;
export const CONTENT = `content(version: $version) { version title prompts { position title opensAt: opens { day time }
  due { day time } protocolId protocolName } huddles { title at { day time } promptPositions agenda { title } } resources { title url } }`;
export const CREATE_TEMPLATE = `mutation ($input: CreateProgramTemplateInput!) { createProgramTemplate(input: $input) { ${TEMPLATE_FIELDS} } }`;
export const UPDATE_TEMPLATE = `mutation ($input: UpdateProgramTemplateInput!) { updateProgramTemplate(input: $input) { ${TEMPLATE_FIELDS} } }`;
export const TEMPLATE = `query ($id: ID!, $version: Int) { programTemplate(id: $id) { ${TEMPLATE_FIELDS} ${CONTENT} } }`;
export const TEMPLATES = `query ($org: ID!) { programTemplates(organizationId: $org) { nodes { ${TEMPLATE_FIELDS} } nextCursor } }`;
export const DUPLICATE = `mutation ($id: ID!) { duplicateProgramTemplate(id: $id) { ${TEMPLATE_FIELDS} } }`;
export const PREVIEW = `query ($input: ProgramScheduleInput!) { programSchedulePreview(input: $input) { version endDate
  prompts { title opensAt dueAt closesAt moved } huddles { title startsAt moved } } }`;
export const LAUNCH = `mutation ($input: LaunchProgramInput!) { launchProgram(input: $input) { id cohortId organizationId templateId version startDate timeZone skipDates } }`;
export const SAVE_AS_TEMPLATE = `mutation ($input: SaveCohortAsTemplateInput!) { saveCohortAsTemplate(input: $input) { ${TEMPLATE_FIELDS} } }`;
export const COPY_PROMPT = `mutation ($promptId: ID!, $cohortId: ID!) { copyPromptToCohort(promptId: $promptId, cohortId: $cohortId) { id cohortId title status publishedAt protocolId } }`;
export const LAUNCHED_COHORT = `query ($id: ID!) { cohort(id: $id) { id name startsOn endsOn viewerCanSaveAsTemplate
  programLaunch { templateId version startDate timeZone skipDates }
  prompts { id title opensAt dueAt closesAt status protocolId } huddles { id title startsAt timeZone promptIds } } }`;

/** A two-prompt, one-huddle program: week 1 opens Monday 09:00, due the next Monday 17:00; huddle Sunday 16:00. */
export function leadershipContent(overrides: Record<string, unknown> = {}) {
  const prompt = (title: string, day: number, protocolId: string = GLOW_GROW) => ({
    title,
    instructions: 'Bring **one** example from your school.',
    acceptedKinds: ['IDEA', 'EVIDENCE'],
    revealRule: 'POST_FIRST',
    anonymity: 'NONE',
    protocolId,
    reviewMode: 'EVERYONE_SEES_ALL',
    opens: { day, time: '09:00' },
    due: { day: day + 7, time: '17:00' },
  });
  return {
    title: 'Leadership Huddles',
    description: 'Six weeks of leading learning.',
    prompts: [prompt('Week 1: a learning walk', 0), prompt('Week 2: feedback that lands', 7)],
    huddles: [
      {
        title: 'Huddle 1',
        at: { day: 6, time: '16:00' },
        durationMinutes: 45,
        promptPositions: [0],
        agenda: [{ title: 'Warm-up round', timeBoxMinutes: 5 }],
      },
    ],
    resources: [{ title: 'Reading', url: 'https://example.org/reading' }],
    ...overrides,
  };
}

/** Invites a person who already has an account into another organisation with `role`. */
export async function joinOrganization(
  owner: GqlClient,
  organizationId: string,
  person: GqlClient,
  email: string,
  role: string,
) {
  const { inviteMember } = await owner.ok(INVITE_MEMBER, { input: { organizationId, email, role } });
  await person.ok(ACCEPT_INVITATION, { input: { token: tokenOf(inviteMember.acceptUrl) } });
}
