import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { OrgRole } from '@openhuddle/shared';
import { CurrentActor, CurrentMembership, OrgScoped, Public, SignedIn } from '../../common/auth/access.decorators';
import type { Actor } from '../../common/auth/actor';
import type { ActorMembership } from '../../common/auth/request-context';
import type { UserEntity } from '../user/user.entity';
import { AppError } from '../../common/errors/app-error';
import { Me } from '../auth/dto/me.type';
import {
  AcceptInvitationInput,
  ChangeMemberRoleInput,
  CreateOrganizationInput,
  Invitation,
  InvitationPreview,
  InviteMemberInput,
  Membership,
  MembershipRefInput,
  Organization,
  RevokeInvitationInput,
  UpdateOrganizationInput,
} from './dto/organization.types';
import { toInvitation, toInvitationPreview, toMembership, toOrganization } from './organization.mapper';
import { OrganizationService } from './organization.service';

@Resolver(() => Organization)
export class OrganizationResolver {
  constructor(private readonly organizations: OrganizationService) {}

  @OrgScoped(OrgRole.MEMBER, 'id')
  @Query(() => Organization)
  async organization(
    @Args('id', { type: () => ID }) _id: string,
    @CurrentMembership() membership: ActorMembership,
  ): Promise<Organization> {
    return toOrganization(await this.organizations.findById(membership.organizationId), membership);
  }

  @ResolveField(() => [Membership])
  async members(@Parent() organization: Organization, @CurrentActor() actor: Actor): Promise<Membership[]> {
    return (await actor.loaders.membersOf.load(organization.id)).map(toMembership);
  }

  @ResolveField(() => [Invitation], { description: 'Pending invitations; admins and owners only.' })
  async invitations(@Parent() organization: Organization): Promise<Invitation[]> {
    if (!organization.viewerCan.inviteMembers) throw AppError.forbidden('Only admins and owners see invitations.');
    return (await this.organizations.listInvitations(organization.id)).map((i) => toInvitation(i));
  }

  @SignedIn()
  @Mutation(() => Organization)
  async createOrganization(
    @CurrentActor() actor: Actor,
    @Args('input') input: CreateOrganizationInput,
  ): Promise<Organization> {
    const { organization, membership } = await this.organizations.create(actor, input.name);
    return toOrganization(organization, membership);
  }

  @OrgScoped(OrgRole.ADMIN, 'input.organizationId')
  @Mutation(() => Organization)
  async updateOrganization(
    @Args('input') input: UpdateOrganizationInput,
    @CurrentMembership() membership: ActorMembership,
  ): Promise<Organization> {
    const changes = { name: input.name, language: input.language };
    return toOrganization(await this.organizations.update(input.organizationId, changes, membership), membership);
  }

  @OrgScoped(OrgRole.ADMIN, 'input.organizationId')
  @Mutation(() => Invitation, {
    description: 'Invites by email; inviting the same email again replaces the earlier link.',
  })
  async inviteMember(
    @Args('input') input: InviteMemberInput,
    @CurrentMembership() membership: ActorMembership,
    @CurrentActor() actor: Actor,
  ): Promise<Invitation> {
    const { invitation, acceptUrl } = await this.organizations.invite(actor, membership, input.email, input.role);
    return toInvitation({ ...invitation, invitedBy: actor.user as UserEntity }, acceptUrl);
  }

  @OrgScoped(OrgRole.ADMIN, 'input.organizationId')
  @Mutation(() => Invitation)
  async revokeInvitation(
    @Args('input') input: RevokeInvitationInput,
    @CurrentMembership() membership: ActorMembership,
  ): Promise<Invitation> {
    return toInvitation(
      await this.organizations.revokeInvitation(input.organizationId, input.invitationId, membership),
    );
  }

  @Public()
  @Query(() => InvitationPreview, { description: 'What an invitation link offers, before signing in.' })
  async invitation(@Args('token') token: string): Promise<InvitationPreview> {
    return toInvitationPreview(await this.organizations.previewInvitation(token));
  }

  @SignedIn()
  @Mutation(() => Organization, { description: 'Joins the organization; returns it.' })
  async acceptInvitation(
    @Args('input') input: AcceptInvitationInput,
    @CurrentActor() actor: Actor,
  ): Promise<Organization> {
    const membership = await this.organizations.acceptInvitation(actor, input.token);
    actor.loaders.viewerMembership.clear(membership.organizationId);
    const mine = await this.organizations.listMembershipsOf(actor.user.id);
    const joined = mine.find((m) => m.id === membership.id)!;
    return toOrganization(joined.organization!, joined);
  }

  @OrgScoped(OrgRole.ADMIN, 'input.organizationId')
  @Mutation(() => Membership)
  async changeMemberRole(
    @Args('input') input: ChangeMemberRoleInput,
    @CurrentMembership() membership: ActorMembership,
  ): Promise<Membership> {
    return toMembership(await this.organizations.changeRole(membership, input.membershipId, input.role));
  }

  @OrgScoped(OrgRole.MEMBER, 'input.organizationId')
  @Mutation(() => Boolean, {
    description: 'Removes a member (admins), or leaves the organization (anyone, for themselves).',
  })
  async removeMember(
    @Args('input') input: MembershipRefInput,
    @CurrentMembership() membership: ActorMembership,
  ): Promise<boolean> {
    await this.organizations.removeMember(membership, input.membershipId);
    return true;
  }
}

/** Me.organizations: every organization the viewer belongs to. */
@Resolver(() => Me)
export class MeOrganizationsResolver {
  constructor(private readonly organizationService: OrganizationService) {}

  @ResolveField(() => [Organization])
  async organizations(@Parent() me: Me): Promise<Organization[]> {
    const memberships = await this.organizationService.listMembershipsOf(me.id);
    return memberships.map((m) => toOrganization(m.organization!, m));
  }
}
