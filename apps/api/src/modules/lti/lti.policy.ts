import { CohortRole, OrgRole, orgRoleAtLeast } from '@openhuddle/shared';

/** Why a launch was refused; each has a sentence on the refusal page (never a 500). */
export enum LtiRefusal {
  UNKNOWN_PLATFORM = 'unknown-platform',
  UNKNOWN_DEPLOYMENT = 'unknown-deployment',
  EXPIRED = 'expired',
  INVALID_TOKEN = 'invalid-token',
  UNSUPPORTED_MESSAGE = 'unsupported-message',
  NO_EMAIL = 'no-email',
  NOT_IN_ORGANIZATION = 'not-in-organization',
  NOT_PLACED = 'not-placed',
  NOT_INSTRUCTOR = 'not-instructor',
}

export const REFUSAL_TEXT: Record<LtiRefusal, string> = {
  [LtiRefusal.UNKNOWN_PLATFORM]:
    'This learning platform is not registered with OpenHuddle. Ask your OpenHuddle administrator to register it (Organisation settings → LMS / LTI).',
  [LtiRefusal.UNKNOWN_DEPLOYMENT]:
    'This deployment of the tool is not registered. Ask your administrator to add its deployment id in OpenHuddle.',
  [LtiRefusal.EXPIRED]: 'This launch expired or was already used. Go back to your course and open the link again.',
  [LtiRefusal.INVALID_TOKEN]: 'The learning platform sent a launch OpenHuddle could not verify.',
  [LtiRefusal.UNSUPPORTED_MESSAGE]: 'OpenHuddle does not handle this kind of LTI launch.',
  [LtiRefusal.NO_EMAIL]:
    'Your learning platform did not share your email address, which OpenHuddle needs to find your account. Ask your administrator to enable it in the tool’s privacy settings.',
  [LtiRefusal.NOT_IN_ORGANIZATION]:
    'You are not a member of this organisation in OpenHuddle, and it does not add people from launches. Ask an administrator to invite you.',
  [LtiRefusal.NOT_PLACED]:
    'This link does not open a cohort yet. Your teacher places a cohort or prompt in the course with "Select content".',
  [LtiRefusal.NOT_INSTRUCTOR]: 'Only teachers of the course may place OpenHuddle content.',
};

const CONTEXT_ROLE = 'http://purl.imsglobal.org/vocab/lis/v2/membership#';
const TEACHING = ['Instructor', 'ContentDeveloper', 'Mentor', 'Administrator'];
const TEACHING_SUB =
  /^http:\/\/purl\.imsglobal\.org\/vocab\/lis\/v2\/membership\/(Instructor|ContentDeveloper|Administrator)#/;

/**
 * The cohort role of a course role: teachers (Instructor, and those who build or administer the
 * course) facilitate, everyone else (Learner…) is a member. The short forms ("Instructor") NRPS
 * and older platforms send count too.
 */
export function cohortRoleOf(roles: readonly string[]): CohortRole {
  const teaches = roles.some(
    (r) => TEACHING.some((t) => r === `${CONTEXT_ROLE}${t}` || r === t) || TEACHING_SUB.test(r),
  );
  return teaches ? CohortRole.FACILITATOR : CohortRole.MEMBER;
}

/** The organisation role someone new joins with: teachers as facilitators, the rest as members. */
export function orgRoleOf(roles: readonly string[]): OrgRole {
  return cohortRoleOf(roles) === CohortRole.FACILITATOR ? OrgRole.FACILITATOR : OrgRole.MEMBER;
}

/** LTI settings are the organisation's admins' and owners' (like sign-in settings). */
export function ltiPermissions(role: OrgRole): { manage: boolean } {
  return { manage: orgRoleAtLeast(role, OrgRole.ADMIN) };
}
