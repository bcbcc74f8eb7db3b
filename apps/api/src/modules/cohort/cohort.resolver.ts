import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { OrgRole } from '@openhuddle/shared';
import { CohortScoped, CurrentActor, CurrentMembership, OrgScoped } from '../../common/auth/access.decorators';
import type { Actor } from '../../common/auth/actor';
import type { ActorMembership } from '../../common/auth/request-context';
import { AppError } from '../../common/errors/app-error';
import { requireCohortAccess } from './cohort-access';
import { toCohort, toCohortMember, toTeam } from './cohort.mapper';
import { CohortService } from './cohort.service';
import {
  AddCohortMembersInput,
  AssignTeamInput,
  Cohort,
  CohortMember,
  CreateCohortInput,
  CreateTeamInput,
  Team,
} from './dto/cohort.types';

@Resolver(() => Cohort)
export class CohortResolver {
  constructor(private readonly cohortService: CohortService) {}

  @OrgScoped(OrgRole.MEMBER, 'organizationId')
  @Query(() => [Cohort], { description: 'Cohorts of the organization the viewer belongs to (all of them for admins).' })
  async cohorts(
    @Args('organizationId', { type: () => ID }) _organizationId: string,
    @CurrentMembership() membership: ActorMembership,
    @CurrentActor() actor: Actor,
  ): Promise<Cohort[]> {
    const list = await this.cohortService.listVisible(actor, membership);
    return Promise.all(list.map(async (c) => toCohort(c, (await actor.loaders.cohortAccess.load(c.id))!)));
  }

  @CohortScoped('view', { cohort: 'id' })
  @Query(() => Cohort)
  async cohort(@Args('id', { type: () => ID }) id: string, @CurrentActor() actor: Actor): Promise<Cohort> {
    const access = await requireCohortAccess(actor, id, 'view');
    return toCohort(await this.cohortService.findById(id), access);
  }

  @ResolveField(() => [CohortMember])
  async members(@Parent() cohort: Cohort, @CurrentActor() actor: Actor): Promise<CohortMember[]> {
    return (await actor.loaders.cohortMembers.load(cohort.id)).map(toCohortMember);
  }

  @ResolveField(() => [Team])
  async teams(@Parent() cohort: Cohort, @CurrentActor() actor: Actor): Promise<Team[]> {
    return (await actor.loaders.cohortTeams.load(cohort.id)).map(toTeam);
  }

  @OrgScoped(OrgRole.MEMBER, 'input.organizationId')
  @Mutation(() => Cohort)
  async createCohort(
    @Args('input') input: CreateCohortInput,
    @CurrentMembership() membership: ActorMembership,
    @CurrentActor() actor: Actor,
  ): Promise<Cohort> {
    const cohort = await this.cohortService.create(actor, membership, input);
    return toCohort(cohort, (await actor.loaders.cohortAccess.load(cohort.id))!);
  }

  @CohortScoped('facilitate', { cohort: 'input.cohortId' })
  @Mutation(() => [CohortMember], {
    description: 'Adds organization members to a cohort, or changes their cohort role.',
  })
  async addCohortMembers(
    @Args('input') input: AddCohortMembersInput,
    @CurrentActor() actor: Actor,
  ): Promise<CohortMember[]> {
    const access = await requireCohortAccess(actor, input.cohortId, 'facilitate');
    return (await this.cohortService.addMembers(access, input)).map(toCohortMember);
  }

  @CohortScoped('facilitate', { cohort: 'input.cohortId' })
  @Mutation(() => Team)
  async createTeam(@Args('input') input: CreateTeamInput, @CurrentActor() actor: Actor): Promise<Team> {
    const access = await requireCohortAccess(actor, input.cohortId, 'facilitate');
    return toTeam(await this.cohortService.createTeam(access, input.name));
  }

  @CohortScoped('facilitate', { cohortMember: 'input.cohortMemberId' })
  @Mutation(() => CohortMember)
  async assignTeam(@Args('input') input: AssignTeamInput, @CurrentActor() actor: Actor): Promise<CohortMember> {
    const member = await this.cohortService.findMember(input.cohortMemberId);
    if (!member) throw AppError.notFound('Cohort member');
    await requireCohortAccess(actor, member.cohortId, 'facilitate');
    return toCohortMember(await this.cohortService.assignTeam(member, input.teamId ?? null));
  }
}
