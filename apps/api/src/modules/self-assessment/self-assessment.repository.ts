import { Injectable } from '@nestjs/common';
import { CohortRole } from '@openhuddle/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { CohortMemberEntity } from '../cohort/cohort-member.entity';
import { CohortEntity } from '../cohort/cohort.entity';
import { SelfAssessmentRoundEntity } from './self-assessment-round.entity';

export type RoundFields = Pick<
  SelfAssessmentRoundEntity,
  | 'organizationId'
  | 'frameworkId'
  | 'frameworkVersionId'
  | 'cohortId'
  | 'title'
  | 'visibility'
  | 'opensAt'
  | 'closesAt'
  | 'createdById'
>;

export interface RatingRow {
  assessmentId: string;
  practiceKey: string;
  level: number;
  note: string;
  contributionId: string | null;
}

/** A respondent of a round, with what grouping and the individual view need. */
export interface RespondentRow {
  assessmentId: string;
  userId: string;
  name: string;
  growthPracticeKeys: string[];
  /** The team (cohort rounds) or the first cohort (organisation rounds) they are in; null when none. */
  groupId: string | null;
  groupName: string | null;
}

const PARTICIPANT = `(
  CASE WHEN r.cohort_id IS NULL
    THEN EXISTS (SELECT 1 FROM membership m WHERE m.organization_id = r.organization_id AND m.user_id = $2)
    ELSE EXISTS (SELECT 1 FROM cohort_member cm JOIN membership m ON m.organization_id = cm.organization_id AND m.user_id = cm.user_id
                  WHERE cm.cohort_id = r.cohort_id AND cm.user_id = $2 AND cm.role IN ('MEMBER', 'FACILITATOR'))
  END)`;

/** The only code of the self-assessment module that reads or writes its tables (and the cohorts it creates). */
@Injectable()
export class SelfAssessmentRepository {
  constructor(private readonly dataSource: DataSource) {}

  transaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  insertRound(fields: RoundFields): Promise<SelfAssessmentRoundEntity> {
    const repo = this.dataSource.getRepository(SelfAssessmentRoundEntity);
    return repo.save(repo.create(fields));
  }

  findRound(organizationId: string, roundId: string): Promise<SelfAssessmentRoundEntity | null> {
    return this.dataSource.getRepository(SelfAssessmentRoundEntity).findOneBy({ id: roundId, organizationId });
  }

  /** Whether the user is asked by the round: a member or facilitator of its cohort, or of the organisation. */
  async isParticipant(round: SelfAssessmentRoundEntity, userId: string): Promise<boolean> {
    const [row] = (await this.dataSource.query(
      `SELECT ${PARTICIPANT} AS yes FROM self_assessment_round r WHERE r.id = $1`,
      [round.id, userId],
    )) as { yes: boolean }[];
    return !!row?.yes;
  }

  /** Rounds of the organisation the viewer is asked by, or facilitates (`facilitatedCohortIds`, or all as admin). */
  visibleRounds(
    organizationId: string,
    userId: string,
    admin: boolean,
    facilitatedCohortIds: readonly string[],
  ): Promise<SelfAssessmentRoundEntity[]> {
    return this.dataSource
      .getRepository(SelfAssessmentRoundEntity)
      .createQueryBuilder('r')
      .where('r.organization_id = :organizationId', { organizationId })
      .andWhere(
        `(:admin OR r.cohort_id = ANY(:cohorts) OR
          (r.cohort_id IS NULL) OR
          EXISTS (SELECT 1 FROM cohort_member cm WHERE cm.cohort_id = r.cohort_id AND cm.user_id = :userId AND cm.role IN ('MEMBER', 'FACILITATOR')))`,
        { admin, cohorts: [...facilitatedCohortIds], userId },
      )
      .orderBy('r.closes_at', 'DESC')
      .addOrderBy('r.id')
      .limit(100)
      .getMany();
  }

  facilitatedCohortIds(organizationId: string, userId: string): Promise<string[]> {
    return this.dataSource
      .query(
        `SELECT cohort_id AS id FROM cohort_member WHERE organization_id = $1 AND user_id = $2 AND role = 'FACILITATOR'`,
        [organizationId, userId],
      )
      .then((rows: { id: string }[]) => rows.map((r) => r.id));
  }

  respondentCounts(roundIds: readonly string[]): Promise<{ roundId: string; count: number }[]> {
    if (!roundIds.length) return Promise.resolve([]);
    return this.dataSource.query(
      `SELECT round_id AS "roundId", count(*)::int AS count FROM self_assessment WHERE round_id = ANY($1) GROUP BY round_id`,
      [[...roundIds]],
    );
  }

  cohortNames(cohortIds: readonly string[]): Promise<{ id: string; name: string }[]> {
    if (!cohortIds.length) return Promise.resolve([]);
    return this.dataSource.query(`SELECT id, name FROM cohort WHERE id = ANY($1)`, [[...cohortIds]]);
  }

  // ---- one person's answers

  async assessmentOf(roundId: string, userId: string) {
    const [row] = (await this.dataSource.query(
      `SELECT id, growth_practice_keys AS "growthPracticeKeys", submitted_at AS "submittedAt"
         FROM self_assessment WHERE round_id = $1 AND user_id = $2`,
      [roundId, userId],
    )) as { id: string; growthPracticeKeys: string[]; submittedAt: Date }[];
    return row ?? null;
  }

  /** Ratings of the given assessments; with the viewer's own contributions' prompt titles for evidence. */
  ratings(
    assessmentIds: readonly string[],
  ): Promise<(RatingRow & { promptTitle: string | null; cohortId: string | null })[]> {
    if (!assessmentIds.length) return Promise.resolve([]);
    return this.dataSource.query(
      `SELECT r.assessment_id AS "assessmentId", r.practice_key AS "practiceKey", r.level, r.note,
              c.id AS "contributionId", p.title AS "promptTitle", c.cohort_id AS "cohortId"
         FROM self_assessment_rating r
         LEFT JOIN contribution c ON c.id = r.contribution_id AND c.deleted_at IS NULL AND c.hidden_at IS NULL
         LEFT JOIN prompt p ON p.id = c.prompt_id
        WHERE r.assessment_id = ANY($1)`,
      [[...assessmentIds]],
    );
  }

  /** The viewer's latest assessment on the same framework in a round that closed before this one opened. */
  async previousAssessment(round: SelfAssessmentRoundEntity, userId: string) {
    const [row] = (await this.dataSource.query(
      `SELECT a.id, r.title FROM self_assessment a JOIN self_assessment_round r ON r.id = a.round_id
        WHERE r.framework_id = $1 AND a.user_id = $2 AND r.id <> $3 AND r.closes_at <= $4
        ORDER BY r.closes_at DESC, r.id LIMIT 1`,
      [round.frameworkId, userId, round.id, round.opensAt],
    )) as { id: string; title: string }[];
    return row ?? null;
  }

  /** Which of the ids are the user's own published, visible contributions in the organisation. */
  ownContributionIds(organizationId: string, userId: string, ids: readonly string[]): Promise<string[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.dataSource
      .query(
        `SELECT id FROM contribution WHERE id = ANY($1) AND organization_id = $2 AND author_id = $3
            AND status = 'PUBLISHED' AND deleted_at IS NULL AND hidden_at IS NULL`,
        [[...ids], organizationId, userId],
      )
      .then((rows: { id: string }[]) => rows.map((r) => r.id));
  }

  /** Writes (or replaces) the person's answer to the round. */
  async saveAssessment(
    em: EntityManager,
    round: SelfAssessmentRoundEntity,
    userId: string,
    growthPracticeKeys: string[],
    ratings: Omit<RatingRow, 'assessmentId'>[],
    now: Date,
  ): Promise<void> {
    const [row] = (await em.query(
      `INSERT INTO self_assessment (organization_id, round_id, user_id, growth_practice_keys, submitted_at)
       VALUES ($1, $2, $3, $4::jsonb, $5)
       ON CONFLICT (round_id, user_id) DO UPDATE SET growth_practice_keys = EXCLUDED.growth_practice_keys, submitted_at = EXCLUDED.submitted_at
       RETURNING id`,
      [round.organizationId, round.id, userId, JSON.stringify(growthPracticeKeys), now],
    )) as { id: string }[];
    await em.query(`DELETE FROM self_assessment_rating WHERE assessment_id = $1`, [row!.id]);
    await em.query(
      `INSERT INTO self_assessment_rating (organization_id, assessment_id, practice_key, level, note, contribution_id)
       SELECT $1, $2, x.key, x.level, x.note, x.contribution_id
         FROM unnest($3::text[], $4::int[], $5::text[], $6::uuid[]) AS x(key, level, note, contribution_id)`,
      [
        round.organizationId,
        row!.id,
        ratings.map((r) => r.practiceKey),
        ratings.map((r) => r.level),
        ratings.map((r) => r.note),
        ratings.map((r) => r.contributionId),
      ],
    );
  }

  // ---- results (facilitators)

  /** Every respondent of the round, with their group for the heatmap and grouping. */
  respondents(round: SelfAssessmentRoundEntity): Promise<RespondentRow[]> {
    const group = round.cohortId
      ? `(SELECT t.id FROM cohort_member cm JOIN team t ON t.id = cm.team_id WHERE cm.cohort_id = r.cohort_id AND cm.user_id = a.user_id LIMIT 1)`
      : `(SELECT cm.cohort_id FROM cohort_member cm WHERE cm.organization_id = r.organization_id AND cm.user_id = a.user_id AND cm.role IN ('MEMBER', 'FACILITATOR') ORDER BY cm.joined_at, cm.cohort_id LIMIT 1)`;
    const name = round.cohortId
      ? `(SELECT name FROM team WHERE id = g.group_id)`
      : `(SELECT name FROM cohort WHERE id = g.group_id)`;
    return this.dataSource.query(
      `SELECT g.id AS "assessmentId", g.user_id AS "userId", u.display_name AS name,
              g.growth_practice_keys AS "growthPracticeKeys", g.group_id AS "groupId", ${name} AS "groupName"
         FROM (SELECT a.*, ${group} AS group_id FROM self_assessment a JOIN self_assessment_round r ON r.id = a.round_id
                WHERE a.round_id = $1) g
         JOIN "user" u ON u.id = g.user_id
        ORDER BY u.display_name, g.user_id`,
      [round.id],
    );
  }

  /** Who may join a cohort made from the round: members of the organisation. */
  organizationMemberIds(organizationId: string, userIds: readonly string[]): Promise<string[]> {
    return this.dataSource
      .query(`SELECT user_id AS id FROM membership WHERE organization_id = $1 AND user_id = ANY($2)`, [
        organizationId,
        [...userIds],
      ])
      .then((rows: { id: string }[]) => rows.map((r) => r.id));
  }

  /** Creates a cohort with the facilitator and its members (inside the caller's transaction). */
  async createCohort(
    em: EntityManager,
    organizationId: string,
    name: string,
    description: string,
    facilitatorId: string,
    memberIds: readonly string[],
  ): Promise<CohortEntity> {
    const cohort = await em.save(
      em.create(CohortEntity, { organizationId, name, description, startsOn: null, endsOn: null }),
    );
    await em.save(
      CohortMemberEntity,
      [
        { organizationId, cohortId: cohort.id, userId: facilitatorId, role: CohortRole.FACILITATOR },
        ...memberIds
          .filter((id) => id !== facilitatorId)
          .map((userId) => ({ organizationId, cohortId: cohort.id, userId, role: CohortRole.MEMBER })),
      ].map((m) => em.create(CohortMemberEntity, m)),
    );
    return cohort;
  }
}
