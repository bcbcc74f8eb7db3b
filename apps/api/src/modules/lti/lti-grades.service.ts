import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { type ContributionPublished, DomainEvents } from '../../common/events/domain-events';
import { Jobs } from '../../common/jobs/jobs';
import { LTI } from './lti-claims';
import { LtiScoreRepository } from './lti-score.repository';
import { LTI_SERVICE_TIMEOUT_MS, LtiServiceTokens } from './lti-service-token';

/** One job per owed score, keyed by it: retried with backoff while the platform is down, sent once. */
export const LTI_SCORE_QUEUE = 'lti.score';
/** Picks up scores a process without jobs could not send (the platform was down at publish time). */
export const LTI_SCORE_SWEEP_QUEUE = 'lti.score-sweep';
const SWEEP_BATCH = 500;

/**
 * Assignment and Grade Services 2.0, score publish only: when a person publishes to a prompt that
 * a teacher placed in a course with a gradebook column, the course gets a completion score (1 of 1,
 * Completed, FullyGraded) for them. Only the completion leaves OpenHuddle — never what they wrote.
 */
@Injectable()
export class LtiGradesService implements OnModuleInit {
  private readonly logger = new Logger('LtiGrades');

  constructor(
    private readonly scores: LtiScoreRepository,
    private readonly tokens: LtiServiceTokens,
    private readonly jobs: Jobs,
    private readonly events: DomainEvents,
  ) {}

  onModuleInit(): void {
    this.events.on('ContributionPublished', (event) => this.onPublished(event));
    this.jobs.register<{ scoreId: string }>(LTI_SCORE_QUEUE, (job) => this.send(job.scoreId), { retryLimit: 8 });
    this.jobs.register(LTI_SCORE_SWEEP_QUEUE, () => this.sweep(), { retryLimit: 0 });
    this.jobs.schedule(LTI_SCORE_SWEEP_QUEUE, '*/10 * * * *');
  }

  async onPublished(event: ContributionPublished): Promise<void> {
    const owed = await this.scores.complete(event.contributionId);
    if (!owed.length) return;
    if (this.jobs.running) {
      await this.jobs.sendMany(
        LTI_SCORE_QUEUE,
        owed.map((scoreId) => ({ data: { scoreId }, key: scoreId })),
      );
      return;
    }
    // Without jobs (a CLI, tests), send now; a platform hiccup must not fail the publish.
    for (const scoreId of owed) await this.send(scoreId).catch(() => undefined);
  }

  /** Sends one owed score; throws (so the job retries) when the platform refuses or is unreachable. */
  async send(scoreId: string): Promise<void> {
    const score = await this.scores.toSend(scoreId);
    if (!score || score.sentAt) return;
    try {
      const token = await this.tokens.accessToken(score.platform, LTI.agsScoreScope);
      const res = await fetch(scoresUrl(score.lineItemUrl), {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': LTI.scoreMediaType },
        body: JSON.stringify({
          userId: score.subject,
          scoreGiven: 1,
          scoreMaximum: 1,
          activityProgress: 'Completed',
          gradingProgress: 'FullyGraded',
          timestamp: new Date().toISOString(),
        }),
        signal: AbortSignal.timeout(LTI_SERVICE_TIMEOUT_MS),
      });
      if (!res.ok) throw new Error(`The score service answered ${res.status}`);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      await this.scores.markFailed(scoreId, message);
      this.logger.warn({ scoreId, error: message }, 'AGS score not accepted; it will be retried');
      throw error;
    }
    await this.scores.markSent(scoreId);
  }

  private async sweep(): Promise<void> {
    const pending = await this.scores.pending(SWEEP_BATCH);
    // A new key per sweep slot: the score's first job may have used up its retries.
    const slot = new Date().toISOString().slice(0, 16);
    await this.jobs.sendMany(
      LTI_SCORE_QUEUE,
      pending.map((scoreId) => ({ data: { scoreId }, key: `${scoreId}@${slot}` })),
    );
  }
}

/**
 * The score endpoint is the line item URL with `/scores` appended to its path (AGS §3.4): a line
 * item URL may carry a query string (Moodle's does), which stays after it.
 */
export function scoresUrl(lineItemUrl: string): string {
  const url = new URL(lineItemUrl);
  url.pathname = `${url.pathname.replace(/\/+$/, '')}/scores`;
  return url.href;
}
