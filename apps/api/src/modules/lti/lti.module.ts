import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { SsoSecretBox } from '../sso/sso-secret-box';
import { LtiController } from './lti.controller';
import { LtiDeepLinkingService } from './lti-deep-linking.service';
import { LtiLaunchService } from './lti-launch.service';
import { LtiPlatformKeys } from './lti-platform-keys';
import { LtiGradesService } from './lti-grades.service';
import { LtiRosterService } from './lti-roster.service';
import { LtiScoreRepository } from './lti-score.repository';
import { LtiServiceTokens } from './lti-service-token';
import { LtiSettingsService } from './lti-settings.service';
import { LtiToolKeyService } from './lti-tool-key.service';
import { LtiRepository } from './lti.repository';
import { LtiResolver } from './lti.resolver';

/** OpenHuddle as an LTI 1.3 tool: launches from an LMS, deep linking, course rosters (NRPS) and completion scores (AGS). */
@Module({
  imports: [AuthModule],
  controllers: [LtiController],
  providers: [
    LtiRepository,
    // The same sealing key as SSO client secrets (SSO_SECRET_KEY, or the generated one).
    SsoSecretBox,
    LtiToolKeyService,
    LtiPlatformKeys,
    LtiLaunchService,
    LtiDeepLinkingService,
    LtiServiceTokens,
    LtiRosterService,
    LtiScoreRepository,
    LtiGradesService,
    LtiSettingsService,
    LtiResolver,
  ],
})
export class LtiModule {}
