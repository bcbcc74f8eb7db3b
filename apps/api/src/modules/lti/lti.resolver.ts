import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { OrgRole } from '@openhuddle/shared';
import type { Actor } from '../../common/auth/actor';
import { CohortScoped, CurrentActor, CurrentMembership, OrgScoped } from '../../common/auth/access.decorators';
import type { ActorMembership } from '../../common/auth/request-context';
import { requireCohortAccess } from '../cohort/cohort-access';
import {
  LtiPlatformRefInput,
  RegisterLtiPlatformInput,
  SyncLtiRosterInput,
  UpdateLtiPlatformInput,
} from './dto/lti.inputs';
import { CohortLtiCourse, LtiPlatform, LtiRosterSync, OrganizationLti } from './dto/lti.types';
import { LtiRosterService } from './lti-roster.service';
import { LtiSettingsService } from './lti-settings.service';

@Resolver()
export class LtiResolver {
  constructor(
    private readonly settings: LtiSettingsService,
    private readonly roster: LtiRosterService,
  ) {}

  @OrgScoped(OrgRole.ADMIN, 'organizationId')
  @Query(() => OrganizationLti, {
    description: 'The LTI 1.3 platforms of the organisation and the values for the LMS.',
  })
  organizationLti(
    @Args('organizationId', { type: () => ID }) _organizationId: string,
    @CurrentMembership() membership: ActorMembership,
  ): Promise<OrganizationLti> {
    return this.settings.overview(membership);
  }

  @OrgScoped(OrgRole.ADMIN, 'input.organizationId')
  @Mutation(() => LtiPlatform, {
    description: 'Registers an LMS (LTI 1.3 platform) whose launches open this organisation.',
  })
  registerLtiPlatform(
    @Args('input') input: RegisterLtiPlatformInput,
    @CurrentMembership() membership: ActorMembership,
  ): Promise<LtiPlatform> {
    return this.settings.register(membership, input);
  }

  @OrgScoped(OrgRole.ADMIN, 'input.organizationId')
  @Mutation(() => LtiPlatform)
  updateLtiPlatform(
    @Args('input') input: UpdateLtiPlatformInput,
    @CurrentMembership() membership: ActorMembership,
  ): Promise<LtiPlatform> {
    return this.settings.update(membership, input);
  }

  @OrgScoped(OrgRole.ADMIN, 'input.organizationId')
  @Mutation(() => Boolean, { description: 'Removes a platform: its launches are refused from then on.' })
  async removeLtiPlatform(
    @Args('input') input: LtiPlatformRefInput,
    @CurrentMembership() membership: ActorMembership,
  ): Promise<boolean> {
    await this.settings.remove(membership, input.platformId);
    return true;
  }

  @CohortScoped('facilitate', { cohort: 'cohortId' })
  @Query(() => CohortLtiCourse, {
    nullable: true,
    description: 'The LMS course the cohort is placed in (LTI), or null; its facilitators only.',
  })
  async cohortLtiCourse(
    @Args('cohortId', { type: () => ID }) cohortId: string,
    @CurrentActor() actor: Actor,
  ): Promise<CohortLtiCourse | null> {
    const access = await requireCohortAccess(actor, cohortId, 'facilitate');
    return this.roster.courseOf(access.organizationId, cohortId);
  }

  @CohortScoped('facilitate', { cohort: 'input.cohortId' })
  @Mutation(() => LtiRosterSync, { description: 'Syncs the linked course roster (LTI NRPS) into the cohort.' })
  async syncLtiRoster(@Args('input') input: SyncLtiRosterInput, @CurrentActor() actor: Actor): Promise<LtiRosterSync> {
    const access = await requireCohortAccess(actor, input.cohortId, 'facilitate');
    return this.roster.syncCohort(access.organizationId, input.cohortId);
  }
}
