import { Injectable } from '@nestjs/common';
import { PULSE_LIMITS } from '@openhuddle/shared';
import type { Actor } from '../../common/auth/actor';
import { Clock } from '../../common/clock/clock';
import { AppError } from '../../common/errors/app-error';
import { requireCohortAccess } from '../cohort/cohort-access';
import type { CohortAccess } from '../cohort/cohort.policy';
import type {
  BriefPulse,
  PulseRoundResult,
  PulseSurvey,
  PulseSurveyResults,
  PulseToAnswer,
} from './dto/pulse-survey.types';
import { roundResult, trendOf } from './pulse-results';
import { pulsePolicy } from './pulse-survey.policy';
import type { PulseSurveyEntity } from './pulse-survey.entity';
import { type OpenRoundRow, PulseSurveyRepository } from './pulse-survey.repository';

const toRound = (r: OpenRoundRow) => ({
  id: r.id,
  number: r.number,
  openedAt: r.openedAt,
  closesAt: r.closesAt,
  open: true,
  respondentCount: r.respondentCount,
  viewerHasAnswered: r.viewerHasAnswered,
});

/**
 * Reading pulse surveys: what is open, what the viewer still has to answer, and results — which
 * are the same aggregates for every viewer who may see the cohort, and only for rounds that
 * reached the threshold (rule 8). Every read costs a fixed number of statements.
 */
@Injectable()
export class PulseReadService {
  constructor(
    private readonly pulses: PulseSurveyRepository,
    private readonly clock: Clock,
  ) {}

  async ofCohort(actor: Actor, cohortId: string): Promise<PulseSurvey[]> {
    const access = await requireCohortAccess(actor, cohortId, 'view');
    const surveys = await this.pulses.findSurveys(await this.pulses.cohortSurveyIds(access.organizationId, cohortId));
    const open = await this.pulses.openRounds(
      surveys.map((s) => s.id),
      actor.user.id,
      this.clock.now(),
    );
    return surveys
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || a.id.localeCompare(b.id))
      .map((s) => this.present(s, access, open.find((r) => r.surveyId === s.id) ?? null));
  }

  async survey(actor: Actor, surveyId: string): Promise<PulseSurvey> {
    const { survey, access } = await this.require(actor, surveyId);
    const [open] = await this.pulses.openRounds([survey.id], actor.user.id, this.clock.now());
    return this.present(survey, access, open ?? null);
  }

  /** The survey with its latest rounds' results and the trend. */
  async results(actor: Actor, surveyId: string): Promise<PulseSurveyResults> {
    const { survey, access } = await this.require(actor, surveyId);
    const now = this.clock.now();
    const [[open], rounds] = await Promise.all([
      this.pulses.openRounds([survey.id], actor.user.id, now),
      this.roundResults(survey, now, PULSE_LIMITS.trendRounds),
    ]);
    return { survey: this.present(survey, access, open ?? null), rounds, trend: trendOf(rounds) };
  }

  /** Open rounds in the viewer's cohorts they have not answered yet (the home page's card). */
  async toAnswer(actor: Actor, organizationId: string): Promise<PulseToAnswer[]> {
    const rows = await this.pulses.toAnswer(organizationId, actor.user.id, this.clock.now());
    return rows.map((r) => ({
      surveyId: r.surveyId,
      title: r.title,
      cohortId: r.cohortId,
      cohortName: r.cohortName,
      round: toRound(r),
    }));
  }

  /** The cohort's latest pulse as a huddle's brief shows it; the caller has checked the viewer sees the cohort. */
  async latestOfCohort(organizationId: string, cohortId: string): Promise<BriefPulse | null> {
    const now = this.clock.now();
    const surveyId = await this.pulses.latestSurveyOfCohort(organizationId, cohortId, now);
    const survey = surveyId ? await this.pulses.findSurvey(surveyId) : null;
    if (!survey) return null;
    const [latest] = (await this.roundResults(survey, now, 1)).slice(-1);
    return latest ? { surveyId: survey.id, title: survey.title, questions: survey.questions, latest } : null;
  }

  private async roundResults(survey: PulseSurveyEntity, now: Date, limit: number): Promise<PulseRoundResult[]> {
    const counts = await this.pulses.roundCounts(survey.id, now, limit);
    const ids = counts.map((c) => c.roundId);
    const [scores, comments] = await Promise.all([this.pulses.scoreCounts(ids), this.pulses.comments(ids)]);
    return counts.map((c) =>
      roundResult(
        c,
        survey.questions,
        scores,
        comments.filter((m) => m.roundId === c.roundId).map((m) => m.comment),
      ),
    );
  }

  private async require(actor: Actor, surveyId: string): Promise<{ survey: PulseSurveyEntity; access: CohortAccess }> {
    const survey = await this.pulses.findSurvey(surveyId);
    if (!survey) throw AppError.notFound('Pulse survey');
    const access = await requireCohortAccess(actor, survey.cohortId, 'view');
    if (!pulsePolicy.readResults(access)) throw AppError.notFound('Pulse survey');
    return { survey, access };
  }

  present(survey: PulseSurveyEntity, access: CohortAccess, open: OpenRoundRow | null): PulseSurvey {
    const round = open ? toRound(open) : null;
    return {
      id: survey.id,
      cohortId: survey.cohortId,
      title: survey.title,
      questions: survey.questions,
      commentPrompt: survey.commentPrompt,
      schedule: survey.schedule,
      windowDays: survey.windowDays,
      createdAt: survey.createdAt,
      stoppedAt: survey.stoppedAt,
      openRound: round,
      viewerCan: {
        answer: pulsePolicy.answer(access, round, !!survey.stoppedAt),
        manage: pulsePolicy.manage(access),
      },
    };
  }
}
