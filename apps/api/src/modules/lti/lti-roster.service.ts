import { Injectable, Logger } from '@nestjs/common';
import { AppError } from '../../common/errors/app-error';
import { LTI } from './lti-claims';
import type { LtiPlatformEntity } from './lti-platform.entity';
import type { CohortLtiCourse } from './dto/lti.types';
import type { LtiResourceLinkEntity } from './lti-resource-link.entity';
import { cohortRoleOf, orgRoleOf } from './lti.policy';
import { type LtiPerson, resolvePerson } from './lti-people';
import { LTI_SERVICE_TIMEOUT_MS, LtiServiceTokens } from './lti-service-token';
import { LtiScoreRepository } from './lti-score.repository';
import { LtiRepository } from './lti.repository';

/** What a roster sync did. */
export interface RosterSyncResult {
  /** People the course lists as active. */
  listed: number;
  /** Put in the cohort by this sync (they were not in it, or had left the course before). */
  added: number;
  /** Taken out: the course no longer lists them. */
  removed: number;
  /** Listed but not brought in (no email shared, or not in the organisation and it adds nobody). */
  skipped: number;
  syncedAt: Date;
}

interface NrpsMember {
  user_id?: unknown;
  status?: unknown;
  name?: unknown;
  email?: unknown;
  roles?: unknown;
}

const MAX_PAGES = 50;

/**
 * Names and Role Provisioning Services 2.0: an access token for the NRPS scope, then the course's
 * membership container (all pages), synced into the cohort the placement opens.
 */
@Injectable()
export class LtiRosterService {
  private readonly logger = new Logger('LtiRoster');

  constructor(
    private readonly repository: LtiRepository,
    private readonly tokens: LtiServiceTokens,
    private readonly scores: LtiScoreRepository,
  ) {}

  /** The course the cohort is placed in, for the cohort page's "Course roster" panel; null when none. */
  async courseOf(organizationId: string, cohortId: string): Promise<CohortLtiCourse | null> {
    const link = await this.repository.resourceLinkOfCohort(organizationId, cohortId);
    if (!link) return null;
    const platform = await this.repository.platformOf(organizationId, link.platformId);
    if (!platform) return null;
    const [gradebook, scores] = await Promise.all([
      this.repository.hasGradebook(organizationId, cohortId),
      this.scores.countsOfCohort(organizationId, cohortId),
    ]);
    return {
      platformName: platform.name,
      contextId: link.contextId,
      rosterAvailable: !!link.membershipsUrl,
      rosterSyncedAt: link.rosterSyncedAt,
      gradebook,
      scoresSent: scores.sent,
      scoresPending: scores.pending,
    };
  }

  /** The "Sync roster" action of a cohort's facilitators. */
  async syncCohort(organizationId: string, cohortId: string): Promise<RosterSyncResult> {
    const link = await this.repository.resourceLinkOfCohort(organizationId, cohortId);
    if (!link?.membershipsUrl)
      throw AppError.conflict('This cohort is not linked to a course roster yet: launch it from the course first.');
    const platform = await this.repository.platformOf(organizationId, link.platformId);
    if (!platform) throw AppError.notFound('LTI platform');
    try {
      return await this.sync(platform, link);
    } catch (error) {
      if (error instanceof AppError) throw error;
      this.logger.warn({ cohortId, error: String(error) }, 'NRPS sync failed');
      throw AppError.conflict(
        'The learning platform did not return the course roster. Try again later, or check the registration.',
      );
    }
  }

  async sync(platform: LtiPlatformEntity, link: LtiResourceLinkEntity): Promise<RosterSyncResult> {
    if (!link.membershipsUrl) throw new Error('No NRPS endpoint');
    const token = await this.tokens.accessToken(platform, LTI.nrpsScope);
    const members = await this.members(link.membershipsUrl, token);
    const active = members.filter((m) => (m.status ?? 'Active') === 'Active' && typeof m.user_id === 'string');
    return this.repository.transaction(async (em) => {
      const present: string[] = [];
      let skipped = 0;
      for (const m of active) {
        const roles = Array.isArray(m.roles) ? m.roles.filter((r): r is string => typeof r === 'string') : [];
        const person: LtiPerson = {
          subject: String(m.user_id),
          email: typeof m.email === 'string' ? m.email : null,
          name: typeof m.name === 'string' ? m.name : null,
          roles,
        };
        const resolved = await resolvePerson(this.repository, em, platform, person, orgRoleOf(roles));
        if ('refused' in resolved) {
          skipped++;
          continue;
        }
        await this.repository.joinCohort(
          em,
          platform.organizationId,
          link.cohortId,
          resolved.userId,
          cohortRoleOf(roles),
        );
        present.push(resolved.userId);
      }
      const before = await this.repository.activeRosterIds(em, link.cohortId);
      await this.repository.markPresent(em, link.cohortId, present);
      const removed = await this.repository.markGone(em, link.cohortId, present);
      const syncedAt = await this.repository.markSynced(em, link.id);
      // Everyone the course lists has a place in the gradebook column, launched or not.
      if (link.lineItemUrl) await this.scores.enrol(link, present, em);
      return {
        syncedAt,
        listed: active.length,
        added: present.filter((id) => !before.includes(id)).length,
        removed: removed.length,
        skipped,
      };
    });
  }

  private async members(url: string, token: string): Promise<NrpsMember[]> {
    const all: NrpsMember[] = [];
    let next: string | null = url;
    for (let page = 0; next && page < MAX_PAGES; page++) {
      const res: Response = await fetch(next, {
        headers: { authorization: `Bearer ${token}`, accept: LTI.nrpsMediaType },
        signal: AbortSignal.timeout(LTI_SERVICE_TIMEOUT_MS),
      });
      if (!res.ok) throw new Error(`NRPS answered ${res.status}`);
      const body = (await res.json()) as { members?: unknown };
      if (Array.isArray(body.members)) all.push(...(body.members as NrpsMember[]));
      next = nextLink(res.headers.get('link'), next);
    }
    return all;
  }
}

/** The `rel="next"` of a Link header (NRPS paging), resolved against the page's URL. */
function nextLink(header: string | null, base: string): string | null {
  if (!header) return null;
  for (const part of header.split(',')) {
    const match = /<([^>]+)>\s*;\s*rel="?next"?/i.exec(part.trim());
    if (match?.[1]) return new URL(match[1], base).href;
  }
  return null;
}
