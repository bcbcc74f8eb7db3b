import { UserProfile } from '../user/dto/user.types';
import type { CohortMemberEntity } from './cohort-member.entity';
import type { CohortEntity } from './cohort.entity';
import { type CohortAccess, cohortViewerCan } from './cohort.policy';
import { Cohort, CohortMember, Team } from './dto/cohort.types';
import type { TeamEntity } from './team.entity';

export function toCohort(cohort: CohortEntity, access: CohortAccess): Cohort {
  return Object.assign(new Cohort(), {
    id: cohort.id,
    organizationId: cohort.organizationId,
    name: cohort.name,
    description: cohort.description,
    startsOn: cohort.startsOn,
    endsOn: cohort.endsOn,
    viewerRole: access.cohortRole,
    viewerCan: cohortViewerCan(access),
  });
}

export function toCohortMember(member: CohortMemberEntity): CohortMember {
  return Object.assign(new CohortMember(), {
    id: member.id,
    role: member.role,
    user: UserProfile.from(member.user!),
    teamId: member.teamId,
    joinedAt: member.joinedAt,
    guest: member.guest,
  });
}

export function toTeam(team: TeamEntity): Team {
  return Object.assign(new Team(), { id: team.id, name: team.name });
}
