import { addMember, createTenant, INVITE_MEMBER } from './factories';
import { addGuest } from './guest-factories';
import type { GqlClient } from './gql-client';
import { scheduleHuddle } from './huddle-factories';
import type { KnownIds } from './input-generator';
import { createCohortWorld, GIVE_FEEDBACK, openPrompt, post } from './learning-factories';
import type { TestApp } from './test-app';

/** Who calls, and the organisation role they hold in the target's organisation (none outside it). */
export interface Persona {
  key: string;
  label: string;
  client: GqlClient;
  orgRole?: 'OWNER' | 'ADMIN' | 'FACILITATOR' | 'MEMBER';
  cohortRole?: 'FACILITATOR' | 'MEMBER' | 'OBSERVER';
  /** A Guest of the target cohort: its cohort role counts there, and nothing of the organization does. */
  guest?: boolean;
}

/**
 * One target cohort with something of every kind in it (prompt with review assignments, two
 * contributions, feedback, a comment, a huddle with an agenda item and an action item, a team,
 * an invitation, a notification), and the people the matrix calls as.
 */
export async function createAuthorizationWorld(t: TestApp): Promise<{ personas: Persona[]; known: KnownIds }> {
  const world = await createCohortWorld(t, 2);
  const fac = world.facilitator.client;
  const [author, reviewer] = world.members;
  const organizationId = world.organization.id;
  const cohortId = world.cohortId;
  const promptId = await openPrompt(fac, cohortId, { reviewMode: 'ASSIGNED', reviewsPerContribution: 1 });
  const contributionId = await post(author!.client, promptId, 'Exit tickets with a traffic light.');
  await post(reviewer!.client, promptId, 'Cold calling with think time.');
  const { giveFeedback } = await reviewer!.client.ok(GIVE_FEEDBACK, {
    input: {
      contributionId,
      answers: [
        { sectionKey: 'glow', text: 'Clear and quick.' },
        { sectionKey: 'grow', text: 'What about absent students?' },
      ],
    },
  });
  const { addComment } = await author!.client.ok(
    `mutation ($input: AddCommentInput!) { addComment(input: $input) { id } }`,
    { input: { contributionId, body: 'Thanks, good question.' } },
  );
  const [huddle] = await scheduleHuddle(fac, cohortId, [promptId]);
  const huddleId = huddle!.id as string;
  const { addAgendaItem } = await fac.ok(
    `mutation ($input: AgendaItemInput!) { addAgendaItem(input: $input) { id } }`,
    { input: { huddleId, title: 'Exit tickets' } },
  );
  const { addActionItem } = await fac.ok(
    `mutation ($input: AddActionItemInput!) { addActionItem(input: $input) { id } }`,
    { input: { huddleId, ownerId: author!.id, text: 'Try it in period 3' } },
  );
  const { createPulseSurvey } = await fac.ok(
    `mutation ($input: CreatePulseSurveyInput!) { createPulseSurvey(input: $input) { id openRound { id } } }`,
    { input: { cohortId, title: 'How is the PLC going?', questions: ['Huddles are worth my time.'] } },
  );
  const { createTeam } = await fac.ok(`mutation ($input: CreateTeamInput!) { createTeam(input: $input) { id } }`, {
    input: { cohortId, name: 'Team Equation' },
  });
  const { inviteMember } = await fac.ok(INVITE_MEMBER, {
    input: { organizationId, email: 'invited.probe@school.example', role: 'MEMBER' },
  });
  const membershipOf = async (userId: string): Promise<string> => {
    const { organization } = await fac.ok(`query ($id: ID!) { organization(id: $id) { members { id user { id } } } }`, {
      id: organizationId,
    });
    return (organization.members as Array<{ id: string; user: { id: string } }>).find((m) => m.user.id === userId)!.id;
  };
  const { cohort } = await fac.ok(`query ($id: ID!) { cohort(id: $id) { members { id user { id } } } }`, {
    id: cohortId,
  });
  const cohortMemberId = (cohort.members as Array<{ id: string; user: { id: string } }>).find(
    (m) => m.user.id === author!.id,
  )!.id;
  const { prompt } = await fac.ok(`query ($id: ID!) { prompt(id: $id) { reviewAssignments { id } } }`, {
    id: promptId,
  });
  const { notifications } = await author!.client.ok(
    `query ($organizationId: ID!) { notifications(organizationId: $organizationId) { items { id } } }`,
    { organizationId },
  );

  // Someone who was in the cohort, then lost the organisation.
  const removed = await world.join('MEMBER');
  await fac.ok(`mutation ($input: MembershipRefInput!) { removeMember(input: $input) }`, {
    input: { organizationId, membershipId: await membershipOf(removed.id) },
  });
  const admin = await addMember(t, fac, organizationId, 'ADMIN');
  // Guests (another organisation's consultants): one in the target cohort, one in another cohort of
  // the same organisation, who must read nothing of the target (PRODUCT.md rule 1).
  const guest = await addGuest(t, fac, cohortId, 'MEMBER');
  const { createCohort: otherCohort } = await fac.ok(
    `mutation ($input: CreateCohortInput!) { createCohort(input: $input) { id } }`,
    { input: { organizationId, name: 'Leadership cohort' } },
  );
  const guestElsewhere = await addGuest(t, fac, otherCohort.id as string, 'FACILITATOR');
  const { cohort: withGuest } = await fac.ok(`query ($id: ID!) { cohort(id: $id) { members { id guest } } }`, {
    id: cohortId,
  });
  const guestId = (withGuest.members as Array<{ id: string; guest: boolean }>).find((m) => m.guest)!.id;
  const stranger = await createTenant(t, 'Another school');

  const known: KnownIds = {
    organizationId,
    cohortId,
    promptId,
    contributionId,
    subjectId: contributionId,
    huddleId,
    agendaItemId: addAgendaItem.id,
    actionItemId: addActionItem.id,
    feedbackId: giveFeedback.id,
    answersFeedbackId: giveFeedback.id,
    parentId: addComment.id,
    teamId: createTeam.id,
    invitationId: inviteMember.id,
    membershipId: await membershipOf(author!.id),
    cohortMemberId,
    assignmentId: prompt.reviewAssignments[0]?.id,
    notificationId: notifications.items[0]?.id,
    userId: author!.id,
    userIds: author!.id,
    ownerId: author!.id,
    reviewerId: reviewer!.id,
    actorId: author!.id,
    mentionedUserIds: author!.id,
    surveyId: createPulseSurvey.id,
    roundId: createPulseSurvey.openRound.id,
    guestId,
  };
  const personas: Persona[] = [
    { key: 'anonymous', label: 'Signed out', client: t.client() },
    { key: 'stranger', label: 'Other organisation', client: stranger.owner },
    { key: 'removed', label: 'Removed member', client: removed.client },
    { key: 'outsider', label: 'Org member, not in cohort', client: world.outsider.client, orgRole: 'MEMBER' },
    {
      key: 'observer',
      label: 'Cohort observer',
      client: world.observer.client,
      orgRole: 'MEMBER',
      cohortRole: 'OBSERVER',
    },
    { key: 'guestElsewhere', label: 'Guest of another cohort', client: guestElsewhere.client },
    { key: 'guest', label: 'Guest member', client: guest.client, cohortRole: 'MEMBER', guest: true },
    { key: 'admin', label: 'Admin outside cohort', client: admin.client, orgRole: 'ADMIN' },
    { key: 'member', label: 'Cohort member', client: reviewer!.client, orgRole: 'MEMBER', cohortRole: 'MEMBER' },
    { key: 'facilitator', label: 'Facilitator (owner)', client: fac, orgRole: 'OWNER', cohortRole: 'FACILITATOR' },
  ];
  return { personas, known };
}
