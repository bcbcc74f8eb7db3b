import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { OrgRole } from '@openhuddle/shared';
import { CohortScoped, CurrentActor, CurrentMembership, OrgScoped } from '../../common/auth/access.decorators';
import type { Actor } from '../../common/auth/actor';
import type { ActorMembership } from '../../common/auth/request-context';
import { requireCohortAccess } from '../cohort/cohort-access';
import { AddAllMembersToCohortInput, BulkInviteInput, RosterImport, RosterImportInput } from './dto/roster.types';
import { RosterService } from './roster.service';

@Resolver(() => RosterImport)
export class RosterResolver {
  constructor(private readonly rosters: RosterService) {}

  @OrgScoped(OrgRole.ADMIN, 'input.organizationId')
  @Query(() => RosterImport, { description: 'A dry run of a roster CSV: what importing it would do, row by row.' })
  async rosterImportPreview(
    @Args('input') input: RosterImportInput,
    @CurrentActor() actor: Actor,
    @CurrentMembership() membership: ActorMembership,
  ): Promise<RosterImport> {
    return this.rosters.importRoster(actor, membership, input.csv, false);
  }

  @OrgScoped(OrgRole.ADMIN, 'input.organizationId')
  @Mutation(() => RosterImport, {
    description:
      'Imports a roster CSV in one transaction (nothing when any row has an error); importing the same file again changes nothing.',
  })
  async importRoster(
    @Args('input') input: RosterImportInput,
    @CurrentActor() actor: Actor,
    @CurrentMembership() membership: ActorMembership,
  ): Promise<RosterImport> {
    return this.rosters.importRoster(actor, membership, input.csv, true);
  }

  @OrgScoped(OrgRole.ADMIN, 'input.organizationId')
  @Mutation(() => RosterImport, {
    description: 'Invites many emails at once; members and pending invitations are skipped.',
  })
  async bulkInvite(
    @Args('input') input: BulkInviteInput,
    @CurrentActor() actor: Actor,
    @CurrentMembership() membership: ActorMembership,
  ): Promise<RosterImport> {
    return this.rosters.bulkInvite(actor, membership, input.emails, input.role);
  }

  @CohortScoped('facilitate', { cohort: 'input.cohortId' })
  @Mutation(() => Int, {
    description: 'Adds every organisation member (or every one with a role) not yet in the cohort; returns how many.',
  })
  async addAllMembersToCohort(
    @Args('input') input: AddAllMembersToCohortInput,
    @CurrentActor() actor: Actor,
  ): Promise<number> {
    const access = await requireCohortAccess(actor, input.cohortId, 'facilitate');
    return this.rosters.addAllMembers(access, input.onlyRole ?? null);
  }
}
