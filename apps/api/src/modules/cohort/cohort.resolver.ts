import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { OrgRole } from '@openhuddle/shared';
import { CurrentMembership, OrgScoped } from '../../common/auth/access.decorators';
import type { RequestContext } from '../../common/auth/request-context';
import { AppError } from '../../common/errors/app-error';
import type { MembershipEntity } from '../organization/membership.entity';
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
    @CurrentMembership() membership: MembershipEntity,
    @Context() ctx: RequestContext,
  ): Promise<Cohort[]> {
    const list = await this.cohortService.listVisible(membership);
    return Promise.all(list.map(async (c) => toCohort(c, (await ctx.loaders.cohortAccess.load(c.id))!)));
  }

  @Query(() => Cohort)
  async cohort(@Args('id', { type: () => ID }) id: string, @Context() ctx: RequestContext): Promise<Cohort> {
    const access = await requireCohortAccess(ctx, id, 'view');
    return toCohort(await this.cohortService.findById(id), access);
  }

  @ResolveField(() => [CohortMember])
  async members(@Parent() cohort: Cohort, @Context() ctx: RequestContext): Promise<CohortMember[]> {
    return (await ctx.loaders.cohortMembers.load(cohort.id)).map(toCohortMember);
  }

  @ResolveField(() => [Team])
  async teams(@Parent() cohort: Cohort, @Context() ctx: RequestContext): Promise<Team[]> {
    return (await ctx.loaders.cohortTeams.load(cohort.id)).map(toTeam);
  }

  @OrgScoped(OrgRole.MEMBER, 'input.organizationId')
  @Mutation(() => Cohort)
  async createCohort(
    @Args('input') input: CreateCohortInput,
    @CurrentMembership() membership: MembershipEntity,
    @Context() ctx: RequestContext,
  ): Promise<Cohort> {
    const cohort = await this.cohortService.create(membership, input);
    return toCohort(cohort, (await ctx.loaders.cohortAccess.load(cohort.id))!);
  }

  @Mutation(() => [CohortMember], {
    description: 'Adds organization members to a cohort, or changes their cohort role.',
  })
  async addCohortMembers(
    @Args('input') input: AddCohortMembersInput,
    @Context() ctx: RequestContext,
  ): Promise<CohortMember[]> {
    const access = await requireCohortAccess(ctx, input.cohortId, 'facilitate');
    return (await this.cohortService.addMembers(access, input)).map(toCohortMember);
  }

  @Mutation(() => Team)
  async createTeam(@Args('input') input: CreateTeamInput, @Context() ctx: RequestContext): Promise<Team> {
    const access = await requireCohortAccess(ctx, input.cohortId, 'facilitate');
    return toTeam(await this.cohortService.createTeam(access, input.name));
  }

  @Mutation(() => CohortMember)
  async assignTeam(@Args('input') input: AssignTeamInput, @Context() ctx: RequestContext): Promise<CohortMember> {
    const member = await this.cohortService.findMember(input.cohortMemberId);
    if (!member) throw AppError.notFound('Cohort member');
    await requireCohortAccess(ctx, member.cohortId, 'facilitate');
    return toCohortMember(await this.cohortService.assignTeam(member, input.teamId ?? null));
  }
}
