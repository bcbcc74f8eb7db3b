import { Injectable } from '@nestjs/common';
import { NotificationKind, NotificationSubjectType, PulseSchedule, routes } from '@openhuddle/shared';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { Clock } from '../../common/clock/clock';
import { AppError } from '../../common/errors/app-error';
import { requireCohortAccess } from '../cohort/cohort-access';
import { Notifier } from '../notification/notifier';
import type { AnswerPulseInput, CreatePulseSurveyInput } from './dto/pulse-survey.inputs';
import { answerBlocker } from './pulse-survey.policy';
import { PulseSurveyRepository } from './pulse-survey.repository';
import type { PulseSurveyEntity } from './pulse-survey.entity';

/**
 * Sending pulse surveys and recording answers. An answer is two writes that share nothing a query
 * could join on: THAT the person answered (pulse_response) and WHAT they answered (pulse_answer,
 * rewritten in a random order with every answer) — see PulseSurveyRepository.recordAnswers.
 */
@Injectable()
export class PulseSurveyService {
  constructor(
    private readonly pulses: PulseSurveyRepository,
    private readonly notifier: Notifier,
    private readonly clock: Clock,
  ) {}

  /** Creates a survey for a cohort (its facilitators and admins); once and weekly ones open their first round now. */
  async create(actor: Actor, input: CreatePulseSurveyInput): Promise<PulseSurveyEntity> {
    const access = await requireCohortAccess(actor, input.cohortId, 'facilitate');
    const questions = input.questions.map((q) => q.trim());
    const blank = questions.findIndex((q) => !q);
    if (blank >= 0) throw AppError.badInput({ questions: `Question ${blank + 1} is empty.` });
    const now = this.clock.now();
    return this.pulses.transaction(async (em) => {
      const survey = await this.pulses.insertSurvey(em, {
        organizationId: access.organizationId,
        cohortId: input.cohortId,
        title: input.title,
        questions,
        commentPrompt: input.commentPrompt,
        schedule: input.schedule,
        windowDays: input.windowDays,
        createdById: actor.user.id,
      });
      if (input.schedule !== PulseSchedule.AFTER_HUDDLE) await this.openAndNotify(em, survey, now, null, actor.user.id);
      return survey;
    });
  }

  /** Sends the survey again now (its facilitators): the open round closes and a new one opens. */
  async openNextRound(actor: Actor, surveyId: string): Promise<PulseSurveyEntity> {
    return this.pulses.transaction(async (em) => {
      const survey = await this.pulses.lockSurvey(em, surveyId);
      if (!survey) throw AppError.notFound('Pulse survey');
      await requireCohortAccess(actor, survey.cohortId, 'facilitate');
      if (survey.stoppedAt) throw AppError.conflict('This pulse survey has been stopped.');
      await this.openAndNotify(em, survey, this.clock.now(), null, actor.user.id);
      return survey;
    });
  }

  /** Stops the survey (its facilitators): the open round closes, no new round opens; results stay. */
  async stop(actor: Actor, surveyId: string): Promise<PulseSurveyEntity> {
    return this.pulses.transaction(async (em) => {
      const survey = await this.pulses.lockSurvey(em, surveyId);
      if (!survey) throw AppError.notFound('Pulse survey');
      await requireCohortAccess(actor, survey.cohortId, 'facilitate');
      const now = this.clock.now();
      await this.pulses.stopSurvey(em, surveyId, now);
      return { ...survey, stoppedAt: survey.stoppedAt ?? now };
    });
  }

  /** Records one person's answer to an open round, once; returns the round's survey id. */
  async answer(actor: Actor, input: AnswerPulseInput): Promise<string> {
    const comment = input.comment?.trim() || null;
    return this.pulses.transaction(async (em) => {
      const round = await this.pulses.lockRound(em, input.roundId);
      if (!round?.survey) throw AppError.notFound('Pulse round');
      const access = await requireCohortAccess(actor, round.survey.cohortId, 'view');
      const now = this.clock.now();
      const open = round.openedAt <= now && round.closesAt > now;
      const blocker = answerBlocker(access, { open, viewerHasAnswered: false }, !!round.survey.stoppedAt);
      if (blocker) throw open ? AppError.forbidden(blocker) : AppError.conflict(blocker);
      const questionCount = round.survey.questions.length;
      if (input.scores.length !== questionCount)
        throw AppError.badInput({ scores: `Answer each of the ${questionCount} questions once.` });
      if (!(await this.pulses.recordResponse(em, round, actor.user.id)))
        throw AppError.conflict('You have already answered this pulse round.', {
          roundId: 'You have already answered this pulse round.',
        });
      await this.pulses.recordAnswers(em, round, input.scores, comment);
      return round.surveyId;
    });
  }

  /** The schedule's sweep: opens every round that is due (weekly, or a huddle has ended since). */
  async openDueRounds(): Promise<number> {
    const now = this.clock.now();
    let opened = 0;
    for (const due of await this.pulses.dueRounds(now)) {
      opened += await this.pulses.transaction(async (em) => {
        const survey = await this.pulses.lockSurvey(em, due.surveyId);
        // Checked again under the lock: two sweeps at once open one round.
        const still = (await this.pulses.dueRounds(now)).some(
          (d) => d.surveyId === due.surveyId && d.huddleId === due.huddleId,
        );
        if (!survey || survey.stoppedAt || !still) return 0;
        await this.openAndNotify(em, survey, now, due.huddleId, null);
        return 1;
      });
    }
    return opened;
  }

  private async openAndNotify(
    em: EntityManager,
    survey: PulseSurveyEntity,
    now: Date,
    huddleId: string | null,
    senderId: string | null,
  ): Promise<void> {
    const round = await this.pulses.openRound(em, survey, now, huddleId);
    const recipients = await this.pulses.recipients(survey.organizationId, survey.cohortId);
    // The notification says a pulse is open — never anything of its answers, at any count.
    await this.notifier.notify(
      recipients
        .filter((r) => r.userId !== senderId)
        .map(({ userId }) => ({
          organizationId: survey.organizationId,
          userId,
          cohortId: survey.cohortId,
          kind: NotificationKind.PULSE_OPENED,
          subjectType: NotificationSubjectType.PULSE_ROUND,
          subjectId: round.id,
          text: `A pulse to answer (anonymous, under a minute): ${survey.title}`,
          link: routes.pulseSurvey(survey.organizationId, survey.id),
          dedupeKey: `pulse-opened:${round.id}:${userId}`,
        })),
      now,
    );
  }
}
