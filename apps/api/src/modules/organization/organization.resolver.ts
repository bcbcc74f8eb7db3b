import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { OrgRole } from '@openhuddle/shared';
import { CurrentMembership, CurrentViewer, OrgScoped, Public } from '../../common/auth/access.decorators';
import type { RequestContext, Viewer } from '../../common/auth/request-context';
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
import type { MembershipEntity } from './membership.entity';
import { toInvitation, toInvitationPreview, toMembership, toOrganization } from './organization.mapper';
import { OrganizationService } from './organization.service';

@Resolver(() => Organization)
export class OrganizationResolver {
  constructor(private readonly organizations: OrganizationService) {}

  @OrgScoped(OrgRole.MEMBER, 'id')
  @Query(() => Organization)
  async organization(
    @Args('id', { type: () => ID }) _id: string,
    @CurrentMembership() membership: MembershipEntity,
  ): Promise<Organization> {
    return toOrganization(await this.organizations.findById(membership.organizationId), membership);
  }

  @ResolveField(() => [Membership])
  async members(@Parent() organization: Organization, @Context() ctx: RequestContext): Promise<Membership[]> {
    return (await ctx.loaders.membersOf.load(organization.id)).map(toMembership);
  }

  @ResolveField(() => [Invitation], { description: 'Pending invitations; admins and owners only.' })
  async invitations(@Parent() organization: Organization): Promise<Invitation[]> {
    if (!organization.viewerCan.inviteMembers) throw AppError.forbidden('Only admins and owners see invitations.');
    return (await this.organizations.listInvitations(organization.id)).map((i) => toInvitation(i));
  }

  @Mutation(() => Organization)
  async createOrganization(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: CreateOrganizationInput,
  ): Promise<Organization> {
    const { organization, membership } = await this.organizations.create(viewer, input.name);
    return toOrganization(organization, membership);
  }

  @OrgScoped(OrgRole.ADMIN, 'input.organizationId')
  @Mutation(() => Organization)
  async updateOrganization(
    @Args('input') input: UpdateOrganizationInput,
    @CurrentMembership() membership: MembershipEntity,
  ): Promise<Organization> {
    return toOrganization(await this.organizations.rename(input.organizationId, input.name), membership);
  }

  @OrgScoped(OrgRole.ADMIN, 'input.organizationId')
  @Mutation(() => Invitation, {
    description: 'Invites by email; inviting the same email again replaces the earlier link.',
  })
  async inviteMember(
    @Args('input') input: InviteMemberInput,
    @CurrentMembership() membership: MembershipEntity,
    @CurrentViewer() viewer: Viewer,
  ): Promise<Invitation> {
    const { invitation, acceptUrl } = await this.organizations.invite(membership, viewer, input.email, input.role);
    return toInvitation({ ...invitation, invitedBy: viewer.user }, acceptUrl);
  }

  @OrgScoped(OrgRole.ADMIN, 'input.organizationId')
  @Mutation(() => Invitation)
  async revokeInvitation(@Args('input') input: RevokeInvitationInput): Promise<Invitation> {
    return toInvitation(await this.organizations.revokeInvitation(input.organizationId, input.invitationId));
  }

  @Public()
  @Query(() => InvitationPreview, { description: 'What an invitation link offers, before signing in.' })
  async invitation(@Args('token') token: string): Promise<InvitationPreview> {
    return toInvitationPreview(await this.organizations.previewInvitation(token));
  }

  @Mutation(() => Organization, { description: 'Joins the organization; returns it.' })
  async acceptInvitation(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: AcceptInvitationInput,
    @Context() ctx: RequestContext,
  ): Promise<Organization> {
    const membership = await this.organizations.acceptInvitation(viewer, input.token);
    ctx.loaders.viewerMembership.clear(membership.organizationId);
    const mine = await this.organizations.listMembershipsOf(viewer.user.id);
    const joined = mine.find((m) => m.id === membership.id)!;
    return toOrganization(joined.organization!, joined);
  }

  @OrgScoped(OrgRole.ADMIN, 'input.organizationId')
  @Mutation(() => Membership)
  async changeMemberRole(
    @Args('input') input: ChangeMemberRoleInput,
    @CurrentMembership() membership: MembershipEntity,
  ): Promise<Membership> {
    return toMembership(await this.organizations.changeRole(membership, input.membershipId, input.role));
  }

  @OrgScoped(OrgRole.MEMBER, 'input.organizationId')
  @Mutation(() => Boolean, {
    description: 'Removes a member (admins), or leaves the organization (anyone, for themselves).',
  })
  async removeMember(
    @Args('input') input: MembershipRefInput,
    @CurrentMembership() membership: MembershipEntity,
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
