import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { CohortRole, OrgRole } from '@openhuddle/shared';
import { DataSource, In, Repository } from 'typeorm';
import { AppError } from '../../common/errors/app-error';
import { DomainEvents } from '../../common/events/domain-events';
import { AuditService } from '../audit/audit.service';
import { MembershipEntity } from '../organization/membership.entity';
import { CohortMemberEntity } from './cohort-member.entity';
import { CohortEntity } from './cohort.entity';
import type { CohortAccess } from './cohort.policy';
import { canCreateCohort } from './cohort.policy';
import type { AddCohortMembersInput, CreateCohortInput } from './dto/cohort.types';
import { TeamEntity } from './team.entity';

@Injectable()
export class CohortService {
  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(CohortEntity) private readonly cohorts: Repository<CohortEntity>,
    @InjectRepository(CohortMemberEntity) private readonly members: Repository<CohortMemberEntity>,
    @InjectRepository(TeamEntity) private readonly teams: Repository<TeamEntity>,
    private readonly events: DomainEvents,
    private readonly audit: AuditService,
  ) {}

  /** Creates a cohort; its creator joins it as FACILITATOR. */
  async create(actor: MembershipEntity, input: CreateCohortInput): Promise<CohortEntity> {
    if (!canCreateCohort(actor.role))
      throw AppError.forbidden('Only facilitators, admins and owners can start a cohort.');
    if (input.startsOn && input.endsOn && input.endsOn < input.startsOn) {
      throw AppError.badInput({ endsOn: 'The end date must be on or after the start date.' });
    }
    return this.dataSource.transaction(async (em) => {
      const cohort = await em.save(CohortEntity, {
        organizationId: actor.organizationId,
        name: input.name,
        description: input.description ?? '',
        startsOn: input.startsOn ?? null,
        endsOn: input.endsOn ?? null,
      });
      await em.save(CohortMemberEntity, {
        organizationId: actor.organizationId,
        cohortId: cohort.id,
        userId: actor.userId,
        role: CohortRole.FACILITATOR,
      });
      return cohort;
    });
  }

  /** Cohorts of an organization the viewer may open: theirs, or all of them for admins. */
  listVisible(actor: MembershipEntity): Promise<CohortEntity[]> {
    const qb = this.cohorts.createQueryBuilder('c').where('c.organization_id = :org', { org: actor.organizationId });
    if (actor.role !== OrgRole.OWNER && actor.role !== OrgRole.ADMIN) {
      qb.andWhere('EXISTS (SELECT 1 FROM cohort_member cm WHERE cm.cohort_id = c.id AND cm.user_id = :user)', {
        user: actor.userId,
      });
    }
    return qb.orderBy('c.created_at', 'DESC').getMany();
  }

  findById(id: string): Promise<CohortEntity> {
    return this.cohorts.findOneByOrFail({ id });
  }

  /**
   * Adds organization members to the cohort (or changes their cohort role). People outside
   * the organization cannot be added this way: the whole request is refused and nothing changes.
   */
  async addMembers(access: CohortAccess, input: AddCohortMembersInput): Promise<CohortMemberEntity[]> {
    const userIds = [...new Set(input.userIds)];
    const inOrg = await this.dataSource
      .getRepository(MembershipEntity)
      .find({ where: { organizationId: access.organizationId, userId: In(userIds) } });
    if (inOrg.length !== userIds.length) {
      throw AppError.badInput({ userIds: 'Everyone added must first be a member of the organization.' });
    }
    await this.members
      .createQueryBuilder()
      .insert()
      .values(
        userIds.map((userId) => ({
          organizationId: access.organizationId,
          cohortId: access.cohortId,
          userId,
          role: input.role,
        })),
      )
      .orUpdate(['role'], ['cohort_id', 'user_id'])
      .execute();
    await this.audit.recordCohortMembersAdded(access, userIds, input.role);
    await this.events.emit({
      type: 'CohortMembersAdded',
      cohortId: access.cohortId,
      organizationId: access.organizationId,
      userIds,
    });
    return this.members.find({ where: { cohortId: access.cohortId, userId: In(userIds) }, relations: { user: true } });
  }

  async createTeam(access: CohortAccess, name: string): Promise<TeamEntity> {
    return this.teams.save({ organizationId: access.organizationId, cohortId: access.cohortId, name });
  }

  async findMember(cohortMemberId: string): Promise<CohortMemberEntity | null> {
    return this.members.findOne({ where: { id: cohortMemberId }, relations: { user: true } });
  }

  async assignTeam(member: CohortMemberEntity, teamId: string | null): Promise<CohortMemberEntity> {
    if (teamId) {
      const team = await this.teams.findOneBy({ id: teamId, cohortId: member.cohortId });
      if (!team) throw AppError.badInput({ teamId: 'Pick a team of this cohort.' });
    }
    await this.members.update(member.id, { teamId });
    return { ...member, teamId };
  }
}
