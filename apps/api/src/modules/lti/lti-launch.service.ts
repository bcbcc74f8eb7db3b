import { randomBytes } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { routes } from '@openhuddle/shared';
import { errors as joseErrors, jwtVerify, type JWTPayload } from 'jose';
import { hashToken } from '../../common/auth/tokens';
import { isUniqueViolation } from '../../common/database/postgres-errors';
import { AppConfig } from '../../config/app-config';
import { CUSTOM_COHORT, CUSTOM_PROMPT, LTI } from './lti-claims';
import { type LtiPerson, resolvePerson, isTeacher } from './lti-people';
import type { LtiPlatformEntity } from './lti-platform.entity';
import { LtiPlatformKeys } from './lti-platform-keys';
import { LtiRefused } from './lti-refused';
import { LtiRosterService } from './lti-roster.service';
import { LtiScoreRepository } from './lti-score.repository';
import { cohortRoleOf, LtiRefusal, orgRoleOf } from './lti.policy';
import { LtiRepository } from './lti.repository';

/** How long the platform may take between login initiation and the launch (state and nonce live this long). */
const LOGIN_TTL_MS = 5 * 60_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface LoginInitiation {
  iss?: unknown;
  login_hint?: unknown;
  target_link_uri?: unknown;
  lti_message_hint?: unknown;
  client_id?: unknown;
  lti_deployment_id?: unknown;
}

/** A verified launch, ready for the controller: whom to sign in, and where they land. */
export type LaunchOutcome =
  | { kind: 'resource'; userId: string; landing: string }
  | {
      kind: 'deep-linking';
      userId: string;
      platform: LtiPlatformEntity;
      deploymentId: string;
      settings: DeepLinkingSettings;
    };

export interface DeepLinkingSettings {
  returnUrl: string;
  data: string | null;
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.length > 0 && v.length <= 2048 ? v : null);

/**
 * LTI 1.3 Core: the OIDC third-party login initiation (state and nonce kept server side, single
 * use, five minutes), then the launch: the id_token verified with jose against the platform's
 * JWKS (signature, iss, aud, azp, exp, nonce, deployment, message type, version) before anything
 * is read from it or written.
 */
@Injectable()
export class LtiLaunchService {
  private readonly logger = new Logger('Lti');

  constructor(
    private readonly repository: LtiRepository,
    private readonly platformKeys: LtiPlatformKeys,
    private readonly roster: LtiRosterService,
    private readonly scores: LtiScoreRepository,
    private readonly config: AppConfig,
  ) {}

  get launchUrl(): string {
    return `${this.config.publicUrl}/lti/launch`;
  }

  /** The platform's authorization URL for this login initiation. */
  async login(params: LoginInitiation): Promise<URL> {
    const iss = str(params.iss);
    const loginHint = str(params.login_hint);
    const clientId = str(params.client_id);
    const deploymentId = str(params.lti_deployment_id);
    if (!iss || !loginHint || !str(params.target_link_uri)) throw new LtiRefused(LtiRefusal.INVALID_TOKEN);
    const candidates = await this.repository.platformsByIssuer(iss, clientId ?? undefined);
    // Without client_id, an issuer registered twice (two organisations) is ambiguous: refuse.
    const platform = candidates.length === 1 ? candidates[0]! : null;
    if (!platform) throw new LtiRefused(LtiRefusal.UNKNOWN_PLATFORM);
    if (deploymentId && !platform.deploymentIds.includes(deploymentId))
      throw new LtiRefused(LtiRefusal.UNKNOWN_DEPLOYMENT);
    const state = randomBytes(32).toString('base64url');
    const nonce = randomBytes(32).toString('base64url');
    await this.repository.saveLogin({
      platformId: platform.id,
      stateHash: hashToken(state),
      nonce,
      expiresAt: new Date(Date.now() + LOGIN_TTL_MS),
    });
    const url = new URL(platform.authLoginUrl);
    const query: Record<string, string> = {
      scope: 'openid',
      response_type: 'id_token',
      response_mode: 'form_post',
      prompt: 'none',
      client_id: platform.clientId,
      redirect_uri: this.launchUrl,
      login_hint: loginHint,
      state,
      nonce,
    };
    const messageHint = str(params.lti_message_hint);
    if (messageHint) query.lti_message_hint = messageHint;
    for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v);
    return url;
  }

  /** Verifies the launch and acts on it; refusals change nothing but using up the state. */
  async launch(idToken: unknown, state: unknown): Promise<LaunchOutcome> {
    const stateValue = str(state);
    const token = str(idToken) ?? (typeof idToken === 'string' && idToken.length < 65_536 ? idToken : null);
    if (!stateValue || !token) throw new LtiRefused(LtiRefusal.EXPIRED);
    const login = await this.repository.takeLogin(hashToken(stateValue), new Date());
    if (!login) throw new LtiRefused(LtiRefusal.EXPIRED);
    const platform = await this.repository.platformById(login.platformId);
    if (!platform) throw new LtiRefused(LtiRefusal.UNKNOWN_PLATFORM);
    const claims = await this.verify(platform, token, login.nonce);
    const deploymentId = claims[LTI.deploymentId];
    if (typeof deploymentId !== 'string' || !platform.deploymentIds.includes(deploymentId))
      throw new LtiRefused(LtiRefusal.UNKNOWN_DEPLOYMENT);
    const messageType = claims[LTI.messageType];
    if (messageType !== LTI.resourceLinkRequest && messageType !== LTI.deepLinkingRequest)
      throw new LtiRefused(LtiRefusal.UNSUPPORTED_MESSAGE);
    const roles = Array.isArray(claims[LTI.roles])
      ? (claims[LTI.roles] as unknown[]).filter((r): r is string => typeof r === 'string')
      : [];
    const person: LtiPerson = {
      subject: claims.sub!,
      email: typeof claims.email === 'string' ? claims.email : null,
      name: typeof claims.name === 'string' ? claims.name : null,
      roles,
    };
    if (messageType === LTI.deepLinkingRequest) {
      if (!isTeacher(cohortRoleOf(roles))) throw new LtiRefused(LtiRefusal.NOT_INSTRUCTOR);
      const settings = claims[LTI.deepLinkingSettings] as
        { deep_link_return_url?: unknown; data?: unknown } | undefined;
      const returnUrl = str(settings?.deep_link_return_url);
      if (!returnUrl || !/^https?:\/\//.test(returnUrl)) throw new LtiRefused(LtiRefusal.INVALID_TOKEN);
      const userId = await this.signInPerson(platform, person, null);
      return {
        kind: 'deep-linking',
        userId,
        platform,
        deploymentId,
        settings: { returnUrl, data: str(settings?.data) },
      };
    }
    return this.resourceLaunch(platform, deploymentId, claims, person);
  }

  private async resourceLaunch(
    platform: LtiPlatformEntity,
    deploymentId: string,
    claims: JWTPayload,
    person: LtiPerson,
  ): Promise<LaunchOutcome> {
    const resourceLinkId = str((claims[LTI.resourceLink] as { id?: unknown } | undefined)?.id);
    if (!resourceLinkId || resourceLinkId.length > 255) throw new LtiRefused(LtiRefusal.INVALID_TOKEN);
    const existing = await this.repository.resourceLink(platform.id, resourceLinkId);
    let cohortId = existing?.cohortId ?? null;
    let promptId = existing?.promptId ?? null;
    if (!existing) {
      // A deep-linked placement's first launch: its custom parameters say what the teacher picked,
      // and must name the platform's own organisation's cohort or prompt.
      const custom = (claims[LTI.custom] ?? {}) as Record<string, unknown>;
      const pickedPrompt = str(custom[CUSTOM_PROMPT]);
      const pickedCohort = str(custom[CUSTOM_COHORT]);
      if (pickedPrompt && UUID.test(pickedPrompt)) {
        const prompt = await this.repository.promptOf(platform.organizationId, pickedPrompt);
        if (prompt) [cohortId, promptId] = [prompt.cohortId, prompt.id];
      } else if (pickedCohort && UUID.test(pickedCohort)) {
        cohortId = (await this.repository.cohortOf(platform.organizationId, pickedCohort))?.id ?? null;
      }
    }
    if (!cohortId) throw new LtiRefused(LtiRefusal.NOT_PLACED);
    const membershipsUrl = str(
      (claims[LTI.namesRoleService] as { context_memberships_url?: unknown } | undefined)?.context_memberships_url,
    );
    const lineItemUrl = promptId ? gradebookColumn(claims[LTI.agsEndpoint]) : null;
    const contextId = str((claims[LTI.context] as { id?: unknown } | undefined)?.id);
    const cohortRole = cohortRoleOf(person.roles);
    const userId = await this.signInPerson(platform, person, { cohortId, role: cohortRole });
    const link = {
      organizationId: platform.organizationId,
      platformId: platform.id,
      resourceLinkId,
      deploymentId,
      contextId: contextId && contextId.length <= 255 ? contextId : null,
      cohortId,
      promptId,
      membershipsUrl: membershipsUrl ?? existing?.membershipsUrl ?? null,
      lineItemUrl: lineItemUrl ?? existing?.lineItemUrl ?? null,
    };
    await this.repository.saveResourceLink(link);
    const saved =
      link.lineItemUrl || (isTeacher(cohortRole) && link.membershipsUrl)
        ? await this.repository.resourceLink(platform.id, resourceLinkId)
        : null;
    // The course knows this person in the placement: publishing to its prompt earns them a score.
    if (saved && link.lineItemUrl) await this.scores.enrol(saved, [userId]);
    if (saved && isTeacher(cohortRole) && link.membershipsUrl) {
      // Each instructor launch refreshes the roster; a platform hiccup does not stop the launch.
      await this.roster.sync(platform, saved).catch((error: unknown) => {
        this.logger.warn({ platformId: platform.id, error: String(error) }, 'NRPS sync on launch failed');
      });
    }
    const landing = promptId
      ? routes.prompt(platform.organizationId, promptId)
      : routes.cohort(platform.organizationId, cohortId);
    return { kind: 'resource', userId, landing };
  }

  private async verify(platform: LtiPlatformEntity, token: string, nonce: string): Promise<JWTPayload> {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, this.platformKeys.of(platform.jwksUrl), {
        issuer: platform.issuer,
        audience: platform.clientId,
        algorithms: ['RS256'],
        requiredClaims: ['sub', 'exp', 'iat', 'nonce'],
        clockTolerance: 30,
      }));
    } catch (error) {
      this.logger.warn({ platformId: platform.id, error: String(error) }, 'LTI id_token refused');
      throw new LtiRefused(error instanceof joseErrors.JWTExpired ? LtiRefusal.EXPIRED : LtiRefusal.INVALID_TOKEN);
    }
    // Several audiences: the authorized party must be us (OIDC Core 3.1.3.7, LTI 1.3 §5.1.2).
    const audiences = Array.isArray(payload.aud) ? payload.aud : [payload.aud];
    if ((audiences.length > 1 || payload.azp !== undefined) && payload.azp !== platform.clientId)
      throw new LtiRefused(LtiRefusal.INVALID_TOKEN);
    if (payload.nonce !== nonce) throw new LtiRefused(LtiRefusal.INVALID_TOKEN);
    if (payload[LTI.version] !== '1.3.0') throw new LtiRefused(LtiRefusal.UNSUPPORTED_MESSAGE);
    if (typeof payload.sub !== 'string' || !payload.sub || payload.sub.length > 255)
      throw new LtiRefused(LtiRefusal.INVALID_TOKEN);
    return payload;
  }

  /** The account, its membership and (for a placement) its cohort seat, in one transaction. */
  private signInPerson(
    platform: LtiPlatformEntity,
    person: LtiPerson,
    cohort: { cohortId: string; role: ReturnType<typeof cohortRoleOf> } | null,
    retried = false,
  ): Promise<string> {
    return this.repository
      .transaction(async (em) => {
        const resolved = await resolvePerson(this.repository, em, platform, person, orgRoleOf(person.roles));
        if ('refused' in resolved)
          throw new LtiRefused(resolved.refused === 'no-email' ? LtiRefusal.NO_EMAIL : LtiRefusal.NOT_IN_ORGANIZATION);
        if (cohort)
          await this.repository.joinCohort(em, platform.organizationId, cohort.cohortId, resolved.userId, cohort.role);
        return resolved.userId;
      })
      .catch((error: unknown) => {
        if (isUniqueViolation(error) && !retried) return this.signInPerson(platform, person, cohort, true);
        throw error;
      });
  }
}

/**
 * The placement's gradebook column (AGS endpoint claim): its line item, when the platform granted
 * the score scope; a placement without one gets no scores.
 */
function gradebookColumn(claim: unknown): string | null {
  const endpoint = (claim ?? {}) as { scope?: unknown; lineitem?: unknown };
  const scopes = Array.isArray(endpoint.scope) ? endpoint.scope : [];
  const url = str(endpoint.lineitem);
  if (!url || !scopes.includes(LTI.agsScoreScope) || !/^https?:\/\//.test(url)) return null;
  return url;
}
