import { Injectable } from '@nestjs/common';
import { SELF_ASSESSMENT_LIMITS, SELF_ASSESSMENT_VISIBILITY_STATEMENTS } from '@openhuddle/shared';
import type { Actor } from '../../common/auth/actor';
import { AppError } from '../../common/errors/app-error';
import { toFramework } from '../framework/framework.mapper';
import { FrameworkRepository } from '../framework/framework.repository';
import { practicesOf } from '../framework/framework.rules';
import type { FrameworkVersionEntity } from '../framework/framework-version.entity';
import type { SelfAssessment, SelfAssessmentResults, SelfAssessmentRound } from './dto/self-assessment.types';
import { SelfAssessmentAccess } from './self-assessment-access';
import { roundResults } from './self-assessment-results';
import type { SelfAssessmentRoundEntity } from './self-assessment-round.entity';
import { type RoundStanding, selfAssessmentPolicy } from './self-assessment.policy';
import { SelfAssessmentRepository } from './self-assessment.repository';

/**
 * Reading rounds: a participant reads the round, their own answer and their growth since their
 * previous round on the framework; the round's facilitators read aggregates (and each person's
 * answers only where the round says so).
 */
@Injectable()
export class SelfAssessmentReadService {
  constructor(
    private readonly rounds: SelfAssessmentRepository,
    private readonly frameworks: FrameworkRepository,
    private readonly access: SelfAssessmentAccess,
  ) {}

  /** Rounds the viewer is asked by or facilitates, latest closing first (without their framework's content). */
  async list(actor: Actor, organizationId: string): Promise<SelfAssessmentRound[]> {
    const role = await this.access.role(actor, organizationId);
    const admin = role === 'ADMIN' || role === 'OWNER';
    const facilitated = await this.rounds.facilitatedCohortIds(organizationId, actor.user.id);
    const rounds = await this.rounds.visibleRounds(organizationId, actor.user.id, admin, facilitated);
    return Promise.all(rounds.map((r) => this.present(actor, r)));
  }

  async round(actor: Actor, organizationId: string, roundId: string): Promise<SelfAssessmentRound> {
    const { round, standing } = await this.access.require(actor, organizationId, roundId);
    return this.present(actor, round, standing);
  }

  async results(actor: Actor, organizationId: string, roundId: string): Promise<SelfAssessmentResults> {
    const { round, standing } = await this.access.requireFacilitator(actor, organizationId, roundId);
    const version = await this.version(round);
    const practices = practicesOf(version.domains);
    const respondents = await this.rounds.respondents(round);
    const ratings = await this.rounds.ratings(respondents.map((r) => r.assessmentId));
    const aggregate = roundResults(practices, version.levelNames.length, respondents, ratings, round.visibility);
    const individuals = selfAssessmentPolicy.seeIndividuals(standing)
      ? respondents.map((r) => {
          const mine = ratings.filter((x) => x.assessmentId === r.assessmentId);
          const of = (key: string) => mine.find((x) => x.practiceKey === key);
          return {
            userId: r.userId,
            name: r.name,
            levels: practices.map((p) => of(p.key)?.level ?? 0),
            growthPracticeKeys: r.growthPracticeKeys,
            notes: practices.map((p) => of(p.key)?.note ?? ''),
          };
        })
      : [];
    return {
      round: await this.present(actor, round, standing, version),
      minRespondents: SELF_ASSESSMENT_LIMITS.minRespondents,
      ...aggregate,
      individuals,
    };
  }

  private async version(round: SelfAssessmentRoundEntity): Promise<FrameworkVersionEntity> {
    const version = await this.frameworks.versionById(round.organizationId, round.frameworkVersionId);
    if (!version) throw AppError.notFound('Framework version');
    return version;
  }

  private async present(
    actor: Actor,
    round: SelfAssessmentRoundEntity,
    known?: RoundStanding,
    knownVersion?: FrameworkVersionEntity,
  ): Promise<SelfAssessmentRound> {
    const standing = known ?? (await this.access.standing(actor, round));
    const [version, framework, [count], cohorts, own, previous] = await Promise.all([
      knownVersion ?? this.version(round),
      this.frameworks.find(round.organizationId, round.frameworkId),
      this.rounds.respondentCounts([round.id]),
      this.rounds.cohortNames(round.cohortId ? [round.cohortId] : []),
      this.rounds.assessmentOf(round.id, actor.user.id),
      this.rounds.previousAssessment(round, actor.user.id),
    ]);
    if (!framework) throw AppError.notFound('Framework');
    const ratings = await this.rounds.ratings([own?.id, previous?.id].filter((x): x is string => !!x));
    const mine = ratings.filter((r) => r.assessmentId === own?.id);
    const before = ratings.filter((r) => r.assessmentId === previous?.id);
    const viewerAssessment: SelfAssessment | null = own
      ? {
          submittedAt: own.submittedAt,
          growthPracticeKeys: own.growthPracticeKeys,
          ratings: mine.map((r) => ({
            practiceKey: r.practiceKey,
            level: r.level,
            note: r.note,
            contribution:
              r.contributionId && r.cohortId
                ? { id: r.contributionId, promptTitle: r.promptTitle ?? '', cohortId: r.cohortId }
                : null,
          })),
        }
      : null;
    return {
      id: round.id,
      title: round.title,
      cohortId: round.cohortId,
      scope: round.cohortId ? (cohorts[0]?.name ?? 'Cohort') : 'Everyone in the organisation',
      visibility: round.visibility,
      visibilityStatement: SELF_ASSESSMENT_VISIBILITY_STATEMENTS[round.visibility],
      opensAt: round.opensAt,
      closesAt: round.closesAt,
      open: standing.open,
      respondentCount: count?.count ?? 0,
      framework: toFramework(framework, version, [], false),
      viewerAssessment,
      viewerGrowth: previous
        ? practicesOf(version.domains).map((p) => ({
            practiceKey: p.key,
            title: p.title,
            previousLevel: before.find((r) => r.practiceKey === p.key)?.level ?? null,
            level: mine.find((r) => r.practiceKey === p.key)?.level ?? null,
          }))
        : [],
      previousRoundTitle: previous?.title,
      viewerCan: {
        answer: selfAssessmentPolicy.answer(standing),
        viewResults: selfAssessmentPolicy.viewResults(standing),
        seeIndividuals: selfAssessmentPolicy.seeIndividuals(standing),
      },
    };
  }
}
