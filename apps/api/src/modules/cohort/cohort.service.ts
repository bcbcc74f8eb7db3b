import { Injectable } from '@nestjs/common';
import { type CohortRole, OrgRole } from '@openhuddle/shared';
import type { Actor } from '../../common/auth/actor';
import type { ActorMembership } from '../../common/auth/request-context';
import { AppError } from '../../common/errors/app-error';
import { DomainEvents } from '../../common/events/domain-events';
import type { CohortMemberEntity } from './cohort-member.entity';
import type { CohortEntity } from './cohort.entity';
import { AuditService } from '../audit/audit.service';
import type { CohortAccess } from './cohort.policy';
import { canCreateCohort } from './cohort.policy';
import { CohortRepository } from './cohort.repository';
import type { AddCohortMembersInput, CreateCohortInput } from './dto/cohort.types';
import type { TeamEntity } from './team.entity';

@Injectable()
export class CohortService {
  constructor(
    private readonly cohorts: CohortRepository,
    private readonly events: DomainEvents,
    private readonly audit: AuditService,
  ) {}

  /** Creates a cohort in the membership's organization; the actor joins it as FACILITATOR. */
  async create(actor: Actor, membership: ActorMembership, input: CreateCohortInput): Promise<CohortEntity> {
    if (!canCreateCohort(membership.role))
      throw AppError.forbidden('Only facilitators, admins and owners can start a cohort.');
    if (input.startsOn && input.endsOn && input.endsOn < input.startsOn) {
      throw AppError.badInput({ endsOn: 'The end date must be on or after the start date.' });
    }
    return this.cohorts.createWithFacilitator(
      {
        organizationId: membership.organizationId,
        name: input.name,
        description: input.description ?? '',
        startsOn: input.startsOn ?? null,
        endsOn: input.endsOn ?? null,
      },
      actor.user.id,
    );
  }

  /** Cohorts of the membership's organization the actor may open: theirs, or all of them for admins. */
  listVisible(actor: Actor, membership: ActorMembership): Promise<CohortEntity[]> {
    const seesAll = membership.role === OrgRole.OWNER || membership.role === OrgRole.ADMIN;
    return this.cohorts.listInOrganization(membership.organizationId, seesAll ? null : actor.user.id);
  }

  findById(id: string): Promise<CohortEntity> {
    return this.cohorts.findByIdOrFail(id);
  }

  /**
   * Adds organization members to the cohort (or changes their cohort role). People outside
   * the organization cannot be added this way: the whole request is refused and nothing changes.
   */
  async addMembers(access: CohortAccess, input: AddCohortMembersInput): Promise<CohortMemberEntity[]> {
    const userIds = [...new Set(input.userIds)];
    if ((await this.cohorts.countOrganizationMembers(access.organizationId, userIds)) !== userIds.length) {
      throw AppError.badInput({ userIds: 'Everyone added must first be a member of the organization.' });
    }
    await this.cohorts.upsertMembers(access.organizationId, access.cohortId, userIds, input.role);
    await this.audit.recordCohortMembersAdded(access, userIds, input.role);
    await this.events.emit({
      type: 'CohortMembersAdded',
      cohortId: access.cohortId,
      organizationId: access.organizationId,
      userIds,
    });
    return this.cohorts.findMembersWithUser(access.cohortId, userIds);
  }

  /**
   * Adds those of `userIds` (organisation members) not yet in the cohort, keeping the roles of
   * people already in it; returns how many were added.
   */
  async addMissingMembers(access: CohortAccess, userIds: string[], role: CohortRole): Promise<number> {
    const added = await this.cohorts.insertMissingMembers(access.organizationId, access.cohortId, userIds, role);
    if (!added.length) return 0;
    await this.audit.recordCohortMembersAdded(access, added, role);
    await this.events.emit({
      type: 'CohortMembersAdded',
      cohortId: access.cohortId,
      organizationId: access.organizationId,
      userIds: added,
    });
    return added.length;
  }

  createTeam(access: CohortAccess, name: string): Promise<TeamEntity> {
    return this.cohorts.createTeam(access.organizationId, access.cohortId, name);
  }

  findMember(cohortMemberId: string): Promise<CohortMemberEntity | null> {
    return this.cohorts.findMember(cohortMemberId);
  }

  async assignTeam(member: CohortMemberEntity, teamId: string | null): Promise<CohortMemberEntity> {
    if (teamId && !(await this.cohorts.findTeam(teamId, member.cohortId))) {
      throw AppError.badInput({ teamId: 'Pick a team of this cohort.' });
    }
    await this.cohorts.setMemberTeam(member.id, teamId);
    return { ...member, teamId };
  }
}
