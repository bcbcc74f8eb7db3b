import { Injectable } from '@nestjs/common';
import type { SsoRequirement, SsoRequirementSource } from '../auth/sign-in-rules';
import { emailDomain } from './sso.policy';
import { SsoRepository } from './sso.repository';

/** Answers the password paths (auth's SignInRules): which organisation requires SSO, for whom. */
@Injectable()
export class SsoRequirements implements SsoRequirementSource {
  constructor(private readonly repository: SsoRepository) {}

  forUser(userId: string): Promise<SsoRequirement | null> {
    return this.repository.ssoRequiredForUser(userId);
  }

  async forEmail(email: string): Promise<SsoRequirement | null> {
    const routed = await this.repository.routedProvider(emailDomain(email));
    return routed?.requireSso
      ? { organizationName: routed.organizationName, providerName: routed.provider.displayName }
      : null;
  }
}
