import { Injectable } from '@nestjs/common';
import { SELF_ASSESSMENT_LIMITS as L } from '@openhuddle/shared';
import type { Actor } from '../../common/auth/actor';
import { Clock } from '../../common/clock/clock';
import { AppError, type FieldErrors } from '../../common/errors/app-error';
import { FrameworkRepository } from '../framework/framework.repository';
import { practicesOf } from '../framework/framework.rules';
import type { OpenSelfAssessmentRoundInput, SubmitSelfAssessmentInput } from './dto/self-assessment.inputs';
import { SelfAssessmentAccess } from './self-assessment-access';
import type { SelfAssessmentRoundEntity } from './self-assessment-round.entity';
import { selfAssessmentPolicy } from './self-assessment.policy';
import { SelfAssessmentRepository } from './self-assessment.repository';

const DAY = 86_400_000;

/** Opening rounds (facilitators) and answering them (participants, while open). */
@Injectable()
export class SelfAssessmentService {
  constructor(
    private readonly rounds: SelfAssessmentRepository,
    private readonly frameworks: FrameworkRepository,
    private readonly access: SelfAssessmentAccess,
    private readonly clock: Clock,
  ) {}

  async open(actor: Actor, input: OpenSelfAssessmentRoundInput): Promise<SelfAssessmentRoundEntity> {
    const cohortId = input.cohortId ?? null;
    if (!(await this.access.canFacilitate(actor, input.organizationId, cohortId))) {
      if (cohortId && !(await actor.loaders.cohortAccess.load(cohortId))) throw AppError.notFound('Cohort');
      throw AppError.forbidden(
        cohortId
          ? 'Only the facilitators of this cohort can open a self-assessment for it.'
          : 'Only the organisation’s admins can open a self-assessment for everyone.',
      );
    }
    const framework = await this.frameworks.find(input.organizationId, input.frameworkId);
    if (!framework) throw AppError.badInput({ frameworkId: 'Pick one of your organisation’s frameworks.' });
    const [version] = await this.frameworks.versionsOf([framework]);
    const now = this.clock.now();
    const opensAt = input.opensAt ?? now;
    const errors: FieldErrors = {};
    if (input.closesAt <= opensAt) errors.closesAt = 'Close the round after it opens.';
    else if (input.closesAt.getTime() - opensAt.getTime() > L.windowDaysMax * DAY)
      errors.closesAt = `Keep a round open at most ${L.windowDaysMax} days.`;
    else if (input.closesAt <= now) errors.closesAt = 'Close the round in the future.';
    if (Object.keys(errors).length) throw AppError.badInput(errors);
    return this.rounds.insertRound({
      organizationId: input.organizationId,
      frameworkId: framework.id,
      frameworkVersionId: version!.id,
      cohortId,
      title: input.title,
      visibility: input.visibility,
      opensAt,
      closesAt: input.closesAt,
      createdById: actor.user.id,
    });
  }

  /** Records (or replaces) the actor's answer: one rating per practice, evidence, up to three growth picks. */
  async submit(actor: Actor, input: SubmitSelfAssessmentInput): Promise<SelfAssessmentRoundEntity> {
    const { round, standing } = await this.access.require(actor, input.organizationId, input.roundId);
    if (!standing.participant) throw AppError.forbidden('This round does not ask you.');
    if (!selfAssessmentPolicy.answer(standing)) throw AppError.conflict('This round is not open for answers.');
    const version = await this.frameworks.versionById(round.organizationId, round.frameworkVersionId);
    if (!version) throw AppError.notFound('Framework version');
    const practices = practicesOf(version.domains);
    const keys = new Set(practices.map((p) => p.key));
    const levels = version.levelNames.length;
    const errors: FieldErrors = {};
    const seen = new Set<string>();
    input.ratings.forEach((r, i) => {
      if (!keys.has(r.practiceKey)) errors[`ratings.${i}.practiceKey`] = 'Unknown practice.';
      else if (seen.has(r.practiceKey)) errors[`ratings.${i}.practiceKey`] = 'Rate each practice once.';
      if (r.level > levels) errors[`ratings.${i}.level`] = `Pick a level from 1 to ${levels}.`;
      seen.add(r.practiceKey);
    });
    const missing = practices.filter((p) => !seen.has(p.key));
    if (missing.length) errors.ratings = `Rate yourself on every practice (${missing.map((p) => p.title).join(', ')}).`;
    const picks = input.growthPracticeKeys;
    if (picks.some((k) => !keys.has(k))) errors.growthPracticeKeys = 'Pick practices of this framework.';
    else if (new Set(picks).size !== picks.length) errors.growthPracticeKeys = 'Pick each practice once.';
    const evidence = input.ratings.flatMap((r) => (r.contributionId ? [r.contributionId] : []));
    const own = new Set(await this.rounds.ownContributionIds(round.organizationId, actor.user.id, evidence));
    input.ratings.forEach((r, i) => {
      if (r.contributionId && !own.has(r.contributionId))
        errors[`ratings.${i}.contributionId`] = 'Link one of your own published contributions.';
    });
    if (Object.keys(errors).length) throw AppError.badInput(errors);
    await this.rounds.transaction((em) =>
      this.rounds.saveAssessment(
        em,
        round,
        actor.user.id,
        picks,
        input.ratings.map((r) => ({
          practiceKey: r.practiceKey,
          level: r.level,
          note: r.note.trim(),
          contributionId: r.contributionId ?? null,
        })),
        this.clock.now(),
      ),
    );
    return round;
  }
}
