import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { Clock } from '../../common/clock/clock';
import { Jobs } from '../../common/jobs/jobs';
import { FileStorage } from '../../common/storage/storage';
import { RetentionRepository, type RetentionSettings } from './retention.repository';

export const RETENTION_QUEUE = 'retention.daily';

const DAY_MS = 86_400_000;

export interface RetentionOutcome {
  organizationId: string;
  drafts: number;
  auditEvents: number;
  formerMembers: number;
}

/** The months before `now`, by the calendar (31 March minus one month is the end of February). */
export function monthsBefore(now: Date, months: number): Date {
  const at = new Date(now);
  const day = at.getUTCDate();
  at.setUTCDate(1);
  at.setUTCMonth(at.getUTCMonth() - months);
  const last = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + 1, 0)).getUTCDate();
  at.setUTCDate(Math.min(day, last));
  return at;
}

/**
 * Applies each organisation's retention settings, once a day (03:30 UTC): deletes drafts
 * untouched for N days, purges audit events older than N months, and deletes the personal data
 * (notifications, preferences, reads, sign-in links, drafts) of people who left N days ago.
 * Time comes from the injectable Clock, so tests move it instead of waiting.
 */
@Injectable()
export class RetentionService implements OnModuleInit {
  private readonly logger = new Logger('Retention');

  constructor(
    private readonly repository: RetentionRepository,
    private readonly storage: FileStorage,
    private readonly clock: Clock,
    private readonly jobs: Jobs,
  ) {}

  onModuleInit(): void {
    this.jobs.register(RETENTION_QUEUE, () => this.applyAll().then(() => undefined), { retryLimit: 1 });
    this.jobs.schedule(RETENTION_QUEUE, '30 3 * * *');
  }

  async applyAll(): Promise<RetentionOutcome[]> {
    const outcomes: RetentionOutcome[] = [];
    for (const { organizationId, ...settings } of await this.repository.organizationsWithRules()) {
      const outcome = await this.apply(organizationId, settings);
      if (outcome.drafts || outcome.auditEvents || outcome.formerMembers)
        this.logger.log(
          `${organizationId}: ${outcome.drafts} drafts, ${outcome.auditEvents} audit events, ` +
            `personal data of ${outcome.formerMembers} former members deleted`,
        );
      outcomes.push(outcome);
    }
    return outcomes;
  }

  private async apply(organizationId: string, settings: RetentionSettings): Promise<RetentionOutcome> {
    const now = this.clock.now();
    const { outcome, storageKeys } = await this.repository.transaction(async (em) => {
      const former =
        settings.formerMemberDays === null
          ? []
          : await this.repository.formerMembers(
              organizationId,
              new Date(now.getTime() - settings.formerMemberDays * DAY_MS),
              em,
            );
      await this.repository.deletePersonalData(organizationId, former, em);
      const untouchedSince = settings.draftDays === null ? null : new Date(now.getTime() - settings.draftDays * DAY_MS);
      const { drafts, storageKeys } = await this.repository.deleteDrafts(organizationId, untouchedSince, former, em);
      const auditEvents =
        settings.auditMonths === null
          ? 0
          : await this.repository.purgeAuditEvents(organizationId, monthsBefore(now, settings.auditMonths), em);
      return { outcome: { organizationId, drafts, auditEvents, formerMembers: former.length }, storageKeys };
    });
    // Files go once their rows are gone for good; a file left by a crash here is an unused extra.
    for (const key of storageKeys) await this.storage.delete(key).catch(() => undefined);
    return outcome;
  }
}
