import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { OrgRole } from '@openhuddle/shared';
import { CurrentMembership, OrgScoped } from '../../common/auth/access.decorators';
import type { ActorMembership } from '../../common/auth/request-context';
import { AppError } from '../../common/errors/app-error';
import { UserProfile } from '../user/dto/user.types';
import { DeactivatedMember, ReactivateMemberInput } from './dto/member-deactivation.types';
import { Membership, MembershipRefInput, Organization } from './dto/organization.types';
import type { MemberDeactivationEntity } from './member-deactivation.entity';
import { MemberDeactivationService } from './member-deactivation.service';
import { toMembership } from './organization.mapper';

function toDeactivatedMember(row: MemberDeactivationEntity): DeactivatedMember {
  return Object.assign(new DeactivatedMember(), {
    id: row.id,
    user: UserProfile.from(row.user!),
    email: row.user!.email,
    role: row.role,
    cohortPlaces: row.cohortPlaces.length,
    deactivatedAt: row.deactivatedAt,
  });
}

@Resolver(() => Organization)
export class MemberDeactivationResolver {
  constructor(private readonly deactivations: MemberDeactivationService) {}

  @OrgScoped(OrgRole.ADMIN, 'input.organizationId')
  @Mutation(() => Boolean, {
    description:
      'Deactivates a member: their access to everything of the organisation ends at once, their work stays; reversible.',
  })
  async deactivateMember(
    @Args('input') input: MembershipRefInput,
    @CurrentMembership() membership: ActorMembership,
  ): Promise<boolean> {
    await this.deactivations.deactivate(membership, input.membershipId);
    return true;
  }

  @OrgScoped(OrgRole.ADMIN, 'input.organizationId')
  @Mutation(() => Membership, { description: 'Gives a deactivated member back their role and cohort places.' })
  async reactivateMember(
    @Args('input') input: ReactivateMemberInput,
    @CurrentMembership() membership: ActorMembership,
  ): Promise<Membership> {
    return toMembership(await this.deactivations.reactivate(membership, input.deactivationId));
  }

  @ResolveField(() => [DeactivatedMember], { description: 'Deactivated members; admins and owners only.' })
  async deactivatedMembers(@Parent() organization: Organization): Promise<DeactivatedMember[]> {
    if (!organization.viewerCan.manageMembers)
      throw AppError.forbidden('Only admins and owners see deactivated members.');
    return (await this.deactivations.list(organization.id)).map(toDeactivatedMember);
  }
}
