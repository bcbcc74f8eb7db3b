import { Injectable } from '@nestjs/common';
import { NotificationKind, NotificationSubjectType, NudgeAudience, routes } from '@openhuddle/shared';
import type { Actor } from '../../common/auth/actor';
import { Clock } from '../../common/clock/clock';
import { AppError } from '../../common/errors/app-error';
import type { CohortAccess } from '../cohort/cohort.policy';
import { Notifier } from '../notification/notifier';
import type { PromptEntity } from '../prompt/prompt.entity';
import { PromptService } from '../prompt/prompt.service';
import type { NudgePreview, NudgeResult } from './dto/nudge.types';
import { nudgeBlocker, nudgeMessageError, seesNudgeNames } from './nudge.policy';
import { NudgeRepository, type NudgeTargetRow } from './nudge.repository';

const quote = (title: string) => `“${title}”`;

/** The message a nudge suggests: who sends it and what it asks, in one sentence. */
export function suggestedMessage(audience: NudgeAudience, sender: string, title: string): string {
  return audience === NudgeAudience.NOT_POSTED
    ? `${sender} reminded you to post to ${quote(title)}: your cohort is waiting to hear from you.`
    : `${sender} reminded you of the reviews you owe on ${quote(title)}.`;
}

/**
 * Facilitator nudges on demand: the members who have not posted to a prompt, or who owe reviews on
 * it, reminded in-app and by email (per their preferences) at most once per person, prompt and day,
 * each recorded so the facilitator sees when they were last reminded. Automatic nudges before a
 * huddle are the reminder module's.
 */
@Injectable()
export class NudgeService {
  constructor(
    private readonly prompts: PromptService,
    private readonly nudges: NudgeRepository,
    private readonly notifier: Notifier,
    private readonly clock: Clock,
  ) {}

  async preview(actor: Actor, promptId: string, audience: NudgeAudience): Promise<NudgePreview> {
    const { prompt, access } = await this.openPrompt(actor, promptId);
    const targets = await this.nudges.targets(prompt.id, audience, this.clock.now());
    return this.present(actor, prompt, access, audience, targets);
  }

  async send(actor: Actor, promptId: string, audience: NudgeAudience, message?: string | null): Promise<NudgeResult> {
    const custom = message ?? null;
    const messageError = custom === null ? null : nudgeMessageError(custom);
    if (messageError) throw AppError.badInput({ message: messageError });
    const { prompt, access } = await this.openPrompt(actor, promptId);
    const text = custom?.trim() ?? suggestedMessage(audience, actor.user.displayName, prompt.title);
    const now = this.clock.now();
    const { reached, skipped } = await this.nudges.transaction(async (em) => {
      const targets = await this.nudges.targets(prompt.id, audience, now, em);
      const due = targets.filter((t) => !t.reminded_today);
      const recorded = await this.nudges.record(
        {
          organizationId: prompt.organizationId,
          promptId: prompt.id,
          userIds: due.map((t) => t.user_id),
          sentById: actor.user.id,
          audience,
          sentAt: now,
        },
        em,
      );
      // Inside the transaction: if notifying fails, nothing is recorded and the send can be retried
      // (the dedupe key, which carries the day, keeps anyone from hearing it twice).
      await this.notifier.notify(
        recorded.map(({ userId, day }) => ({
          organizationId: prompt.organizationId,
          userId,
          cohortId: prompt.cohortId,
          kind: NotificationKind.NUDGE,
          subjectType: NotificationSubjectType.PROMPT,
          subjectId: prompt.id,
          text,
          link: routes.prompt(prompt.organizationId, prompt.id),
          dedupeKey: `facilitator-nudge:${prompt.id}:${userId}:${day}`,
        })),
        now,
      );
      return { reached: recorded.length, skipped: targets.length - recorded.length };
    });
    const after = await this.nudges.targets(prompt.id, audience, this.clock.now());
    return { reached, skipped, preview: this.present(actor, prompt, access, audience, after) };
  }

  /** The prompt, if the actor runs its cohort and it is open now. */
  private async openPrompt(actor: Actor, promptId: string): Promise<{ prompt: PromptEntity; access: CohortAccess }> {
    const found = await this.prompts.requireVisible(actor, promptId, 'facilitate');
    const blocker = nudgeBlocker(found.prompt, this.clock.now());
    if (blocker) throw AppError.conflict(blocker, { promptId: blocker });
    return found;
  }

  private present(
    actor: Actor,
    prompt: PromptEntity,
    access: CohortAccess,
    audience: NudgeAudience,
    targets: NudgeTargetRow[],
  ): NudgePreview {
    const namesHidden = !seesNudgeNames(access, prompt);
    return {
      id: `${prompt.id}:${audience}`,
      promptId: prompt.id,
      audience,
      total: targets.length,
      reachable: targets.filter((t) => !t.reminded_today).length,
      namesHidden,
      recipients: namesHidden
        ? []
        : targets.map((t) => ({
            userId: t.user_id,
            displayName: t.display_name,
            lastRemindedAt: t.last_reminded_at,
            remindedToday: t.reminded_today,
            reviewsOwed: t.owed,
          })),
      message: suggestedMessage(audience, actor.user.displayName, prompt.title),
    };
  }
}
