import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { OrgRole } from '@openhuddle/shared';
import { CurrentMembership, OrgScoped, Public } from '../../common/auth/access.decorators';
import type { ActorMembership } from '../../common/auth/request-context';
import {
  AddIdentityProviderInput,
  IdentityProviderRefInput,
  UpdateIdentityProviderInput,
  UpdateSignInSettingsInput,
} from './dto/sso.inputs';
import { IdentityProvider, OrganizationSignIn, SignInOptions } from './dto/sso.types';
import { SsoSettingsService } from './sso-settings.service';
import { normalizeEmail } from '../../common/validation/transforms';

@Resolver()
export class SsoResolver {
  constructor(private readonly settings: SsoSettingsService) {}

  @Public()
  @Query(() => SignInOptions, {
    description: "The sign-in page's choices for an email's domain: its organisation's SSO button, password or not.",
  })
  signInOptions(@Args('email', { nullable: true, type: () => String }) email?: string | null): Promise<SignInOptions> {
    const normalized = email ? normalizeEmail(email).slice(0, 254) : undefined;
    return this.settings.options(normalized);
  }

  @OrgScoped(OrgRole.ADMIN, 'organizationId')
  @Query(() => OrganizationSignIn, { description: "The organisation's identity providers and sign-in rules." })
  organizationSignIn(
    @Args('organizationId', { type: () => ID }) _organizationId: string,
    @CurrentMembership() membership: ActorMembership,
  ): Promise<OrganizationSignIn> {
    return this.settings.overview(membership);
  }

  @OrgScoped(OrgRole.ADMIN, 'input.organizationId')
  @Mutation(() => IdentityProvider, { description: 'Registers an OIDC provider and the email domains it signs in.' })
  addIdentityProvider(
    @Args('input') input: AddIdentityProviderInput,
    @CurrentMembership() membership: ActorMembership,
  ): Promise<IdentityProvider> {
    return this.settings.add(membership, input);
  }

  @OrgScoped(OrgRole.ADMIN, 'input.organizationId')
  @Mutation(() => IdentityProvider)
  updateIdentityProvider(
    @Args('input') input: UpdateIdentityProviderInput,
    @CurrentMembership() membership: ActorMembership,
  ): Promise<IdentityProvider> {
    return this.settings.update(membership, input);
  }

  @OrgScoped(OrgRole.ADMIN, 'input.organizationId')
  @Mutation(() => Boolean, {
    description: 'Removes a provider; its people then sign in with a password or another provider.',
  })
  async removeIdentityProvider(
    @Args('input') input: IdentityProviderRefInput,
    @CurrentMembership() membership: ActorMembership,
  ): Promise<boolean> {
    await this.settings.remove(membership, input.providerId);
    return true;
  }

  @OrgScoped(OrgRole.ADMIN, 'input.organizationId')
  @Mutation(() => OrganizationSignIn)
  updateSignInSettings(
    @Args('input') input: UpdateSignInSettingsInput,
    @CurrentMembership() membership: ActorMembership,
  ): Promise<OrganizationSignIn> {
    return this.settings.updateSettings(membership, input);
  }
}
