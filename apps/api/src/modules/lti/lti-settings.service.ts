import { Injectable } from '@nestjs/common';
import type { ActorMembership } from '../../common/auth/request-context';
import { isUniqueViolation } from '../../common/database/postgres-errors';
import { AppError } from '../../common/errors/app-error';
import { AppConfig } from '../../config/app-config';
import type { RegisterLtiPlatformInput, UpdateLtiPlatformInput } from './dto/lti.inputs';
import type { LtiPlatform, OrganizationLti } from './dto/lti.types';
import { LTI } from './lti-claims';
import type { LtiPlatformEntity } from './lti-platform.entity';
import { ltiPermissions } from './lti.policy';
import { LtiRepository, type PlatformFields } from './lti.repository';

const TAKEN = 'This issuer and client id are already registered (here or in another organisation).';

/** Registration of LMS platforms by an organisation's admins, and the tool's values to paste in the LMS. */
@Injectable()
export class LtiSettingsService {
  constructor(
    private readonly repository: LtiRepository,
    private readonly config: AppConfig,
  ) {}

  async overview(membership: ActorMembership): Promise<OrganizationLti> {
    const platforms = await this.repository.platformsOf(membership.organizationId);
    const base = this.config.publicUrl;
    return {
      organizationId: membership.organizationId,
      tool: {
        loginUrl: `${base}/lti/login`,
        launchUrl: `${base}/lti/launch`,
        deepLinkingUrl: `${base}/lti/launch`,
        jwksUrl: `${base}/lti/jwks`,
        scopes: [LTI.nrpsScope, LTI.agsScoreScope],
      },
      platforms: platforms.map(toPlatform),
      viewerCan: ltiPermissions(membership.role),
    };
  }

  async register(membership: ActorMembership, input: RegisterLtiPlatformInput): Promise<LtiPlatform> {
    const fields = this.fields(input);
    try {
      return toPlatform(await this.repository.insertPlatform(membership.organizationId, fields));
    } catch (error) {
      if (isUniqueViolation(error)) throw AppError.conflict(TAKEN, { clientId: TAKEN });
      throw error;
    }
  }

  async update(membership: ActorMembership, input: UpdateLtiPlatformInput): Promise<LtiPlatform> {
    const fields = this.fields(input);
    let updated: boolean;
    try {
      updated = await this.repository.updatePlatform(membership.organizationId, input.platformId, fields);
    } catch (error) {
      if (isUniqueViolation(error)) throw AppError.conflict(TAKEN, { clientId: TAKEN });
      throw error;
    }
    if (!updated) throw AppError.notFound('LTI platform');
    return toPlatform((await this.repository.platformOf(membership.organizationId, input.platformId))!);
  }

  async remove(membership: ActorMembership, platformId: string): Promise<void> {
    if (!(await this.repository.deletePlatform(membership.organizationId, platformId)))
      throw AppError.notFound('LTI platform');
  }

  private fields(input: RegisterLtiPlatformInput): PlatformFields {
    if (this.config.isProduction) {
      const insecure = (['issuer', 'authLoginUrl', 'authTokenUrl', 'jwksUrl'] as const).filter(
        (k) => !input[k].startsWith('https://'),
      );
      if (insecure.length)
        throw AppError.badInput(Object.fromEntries(insecure.map((k) => [k, 'Enter a URL starting with https://.'])));
    }
    return {
      name: input.name,
      issuer: input.issuer,
      clientId: input.clientId,
      deploymentIds: input.deploymentIds,
      authLoginUrl: input.authLoginUrl,
      authTokenUrl: input.authTokenUrl,
      jwksUrl: input.jwksUrl,
      createMembers: input.createMembers,
    };
  }
}

function toPlatform(p: LtiPlatformEntity): LtiPlatform {
  return {
    id: p.id,
    name: p.name,
    issuer: p.issuer,
    clientId: p.clientId,
    deploymentIds: p.deploymentIds,
    authLoginUrl: p.authLoginUrl,
    authTokenUrl: p.authTokenUrl,
    jwksUrl: p.jwksUrl,
    createMembers: p.createMembers,
  };
}
