import { Injectable } from '@nestjs/common';

/** An organisation that signs its people in through its identity provider only. */
export interface SsoRequirement {
  organizationName: string;
  /** The provider's display name, as its button says ("Sign in with <name>"). */
  providerName: string;
}

/** Where the SSO module answers the auth module's questions (auth cannot import it: SSO reuses sessions). */
export interface SsoRequirementSource {
  /** The first organisation of this user that requires SSO, or null. */
  forUser(userId: string): Promise<SsoRequirement | null>;
  /** The organisation that requires SSO for addresses of this email's domain, or null. */
  forEmail(email: string): Promise<SsoRequirement | null>;
}

/**
 * Organisation sign-in settings as the password paths see them (sign-in, sign-up, reset). The
 * SSO module plugs its source in at start-up, as feature modules do with loaders.
 */
@Injectable()
export class SignInRules {
  private source: SsoRequirementSource | null = null;

  use(source: SsoRequirementSource): void {
    this.source = source;
  }

  ssoRequiredForUser(userId: string): Promise<SsoRequirement | null> {
    return this.source ? this.source.forUser(userId) : Promise.resolve(null);
  }

  ssoRequiredForEmail(email: string): Promise<SsoRequirement | null> {
    return this.source ? this.source.forEmail(email) : Promise.resolve(null);
  }
}

/** The refusal's words name the button to use instead. */
export function ssoRequiredMessage(requirement: SsoRequirement): string {
  return `${requirement.organizationName} signs you in with ${requirement.providerName}: use “Sign in with ${requirement.providerName}” instead of a password.`;
}
