import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { SignInRules } from '../auth/sign-in-rules';
import { OidcClient } from './oidc-client';
import { SsoRequirements } from './sso-requirements';
import { SsoSecretBox } from './sso-secret-box';
import { SsoSettingsService } from './sso-settings.service';
import { SsoSignInService } from './sso-sign-in.service';
import { SsoController } from './sso.controller';
import { SsoRepository } from './sso.repository';
import { SsoResolver } from './sso.resolver';

/** OIDC sign-in through an organisation's identity provider, and the organisation's sign-in settings. */
@Module({
  imports: [AuthModule],
  controllers: [SsoController],
  providers: [
    SsoRepository,
    SsoSecretBox,
    OidcClient,
    SsoSignInService,
    SsoSettingsService,
    SsoRequirements,
    SsoResolver,
  ],
})
export class SsoModule {
  constructor(rules: SignInRules, requirements: SsoRequirements) {
    // The password paths ask through auth's SignInRules (auth cannot import this module).
    rules.use(requirements);
  }
}
