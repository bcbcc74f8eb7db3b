import { Injectable } from '@nestjs/common';
import { PULSE_LIMITS } from '@openhuddle/shared';
import { DataSource, type EntityManager } from 'typeorm';
import type { RoundCount, ScoreCount } from './pulse-results';
import { PulseRoundEntity } from './pulse-round.entity';
import { PulseSurveyEntity } from './pulse-survey.entity';

export type SurveyFields = Pick<
  PulseSurveyEntity,
  'organizationId' | 'cohortId' | 'title' | 'questions' | 'commentPrompt' | 'schedule' | 'windowDays' | 'createdById'
>;

/** A survey's open round as a viewer sees it: counts, and whether they answered — never who else did. */
export interface OpenRoundRow {
  surveyId: string;
  id: string;
  number: number;
  openedAt: Date;
  closesAt: Date;
  respondentCount: number;
  viewerHasAnswered: boolean;
}

export interface ToAnswerRow extends OpenRoundRow {
  title: string;
  cohortId: string;
  cohortName: string;
}

/** A round ready to open: the survey, and the huddle whose end opens it (AFTER_HUDDLE). */
export interface DueRound {
  surveyId: string;
  huddleId: string | null;
}

const MIN = PULSE_LIMITS.minRespondents;

/** Rounds `r` that reached the threshold: the only rounds whose answers are ever read (rule 8). */
const SHOWN_ROUND = `(SELECT count(*) FROM pulse_response pr WHERE pr.round_id = r.id) >= ${MIN}`;

const OPEN_ROUND_COLUMNS = `r.survey_id AS "surveyId", r.id, r.number, r.opened_at AS "openedAt", r.closes_at AS "closesAt",
  (SELECT count(*)::int FROM pulse_response pr WHERE pr.round_id = r.id) AS "respondentCount",
  EXISTS (SELECT 1 FROM pulse_response pr WHERE pr.round_id = r.id AND pr.user_id = $2) AS "viewerHasAnswered"`;

/** The only code of the pulse-survey module that reads or writes its tables. */
@Injectable()
export class PulseSurveyRepository {
  constructor(private readonly dataSource: DataSource) {}

  transaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  // ---- surveys and rounds

  insertSurvey(em: EntityManager, fields: SurveyFields): Promise<PulseSurveyEntity> {
    return em.save(em.create(PulseSurveyEntity, { ...fields, stoppedAt: null }));
  }

  findSurvey(surveyId: string): Promise<PulseSurveyEntity | null> {
    return this.dataSource.getRepository(PulseSurveyEntity).findOneBy({ id: surveyId });
  }

  findSurveys(ids: readonly string[]): Promise<PulseSurveyEntity[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.dataSource
      .getRepository(PulseSurveyEntity)
      .createQueryBuilder('s')
      .where('s.id = ANY(:ids)', { ids: [...ids] })
      .getMany();
  }

  lockSurvey(em: EntityManager, surveyId: string): Promise<PulseSurveyEntity | null> {
    return em
      .getRepository(PulseSurveyEntity)
      .createQueryBuilder('s')
      .setLock('pessimistic_write')
      .where('s.id = :surveyId', { surveyId })
      .getOne();
  }

  /** Stops the survey and closes its open round. */
  async stopSurvey(em: EntityManager, surveyId: string, now: Date): Promise<void> {
    await em.query(`UPDATE pulse_survey SET stopped_at = $2 WHERE id = $1 AND stopped_at IS NULL`, [surveyId, now]);
    await em.query(`UPDATE pulse_round SET closes_at = $2 WHERE survey_id = $1 AND closes_at > $2`, [surveyId, now]);
  }

  /** Opens the survey's next round (closing the one still open); the caller holds the survey's lock. */
  async openRound(em: EntityManager, survey: PulseSurveyEntity, now: Date, huddleId: string | null) {
    await em.query(`UPDATE pulse_round SET closes_at = $2 WHERE survey_id = $1 AND closes_at > $2`, [survey.id, now]);
    const closesAt = new Date(now.getTime() + survey.windowDays * 86_400_000);
    const [row] = (await em.query(
      `INSERT INTO pulse_round (organization_id, survey_id, number, opened_at, closes_at, huddle_id)
       SELECT $1, $2, coalesce(max(number), 0) + 1, $3, $4, $5 FROM pulse_round WHERE survey_id = $2
       RETURNING id, number`,
      [survey.organizationId, survey.id, now, closesAt, huddleId],
    )) as { id: string; number: number }[];
    return { id: row!.id, number: row!.number, openedAt: now, closesAt };
  }

  /** The round with its survey, locked: answers to one round are recorded one at a time. */
  lockRound(em: EntityManager, roundId: string): Promise<PulseRoundEntity | null> {
    return em
      .getRepository(PulseRoundEntity)
      .createQueryBuilder('r')
      .innerJoinAndSelect('r.survey', 's')
      .setLock('pessimistic_write', undefined, ['r'])
      .where('r.id = :roundId', { roundId })
      .getOne();
  }

  async cohortOfRound(roundId: string): Promise<string | null> {
    const [row] = (await this.dataSource.query(
      `SELECT s.cohort_id AS "cohortId" FROM pulse_round r JOIN pulse_survey s ON s.id = r.survey_id WHERE r.id = $1`,
      [roundId],
    )) as { cohortId: string }[];
    return row?.cohortId ?? null;
  }

  // ---- answering

  /** Records THAT the person answered; false when they already had. */
  async recordResponse(em: EntityManager, round: PulseRoundEntity, userId: string): Promise<boolean> {
    const rows = (await em.query(
      `INSERT INTO pulse_response (organization_id, round_id, user_id) VALUES ($1, $2, $3)
       ON CONFLICT (round_id, user_id) DO NOTHING RETURNING 1 AS one`,
      [round.organizationId, round.id, userId],
    )) as unknown[];
    return rows.length === 1;
  }

  /**
   * Records WHAT was answered, in one statement that deletes the round's answers and writes them
   * back, with the new ones, in a random order with fresh database-made ids: no row keeps an insert
   * position, id or transaction id (xmin) that could be lined up with its pulse_response row.
   */
  async recordAnswers(
    em: EntityManager,
    round: PulseRoundEntity,
    scores: readonly number[],
    comment: string | null,
  ): Promise<void> {
    await em.query(
      `WITH earlier AS (
         DELETE FROM pulse_answer WHERE round_id = $1
         RETURNING question_index, score, comment
       ), fresh AS (
         SELECT (q.ord - 1)::smallint AS question_index, q.score::smallint AS score, NULL::text AS comment
           FROM unnest($3::int[]) WITH ORDINALITY AS q(score, ord)
         UNION ALL
         SELECT NULL, NULL, $4::text WHERE $4::text IS NOT NULL
       )
       INSERT INTO pulse_answer (organization_id, round_id, question_index, score, comment)
       SELECT $2, $1, question_index, score, comment
         FROM (SELECT * FROM earlier UNION ALL SELECT * FROM fresh) AS every_answer
        ORDER BY random()`,
      [round.id, round.organizationId, [...scores], comment],
    );
  }

  // ---- reading (aggregates only)

  /** Each survey's open round, if any, with its respondent count and whether the viewer answered. */
  openRounds(surveyIds: readonly string[], viewerId: string, now: Date): Promise<OpenRoundRow[]> {
    if (!surveyIds.length) return Promise.resolve([]);
    return this.dataSource.query(
      `SELECT ${OPEN_ROUND_COLUMNS} FROM pulse_round r
        WHERE r.survey_id = ANY($1) AND r.opened_at <= $3 AND r.closes_at > $3`,
      [[...surveyIds], viewerId, now],
    );
  }

  cohortSurveyIds(organizationId: string, cohortId: string): Promise<string[]> {
    return this.dataSource
      .query(
        `SELECT id FROM pulse_survey WHERE organization_id = $1 AND cohort_id = $2 ORDER BY created_at DESC, id LIMIT 50`,
        [organizationId, cohortId],
      )
      .then((rows: { id: string }[]) => rows.map((r) => r.id));
  }

  /** The cohort's survey with the most recently opened round (the brief's pulse). */
  async latestSurveyOfCohort(organizationId: string, cohortId: string, now: Date): Promise<string | null> {
    const [row] = (await this.dataSource.query(
      `SELECT s.id FROM pulse_survey s JOIN pulse_round r ON r.survey_id = s.id
        WHERE s.organization_id = $1 AND s.cohort_id = $2 AND r.opened_at <= $3
        ORDER BY r.opened_at DESC, r.id LIMIT 1`,
      [organizationId, cohortId, now],
    )) as { id: string }[];
    return row?.id ?? null;
  }

  /** The survey's latest `limit` rounds (oldest first) with how many answered each. */
  async roundCounts(surveyId: string, now: Date, limit: number): Promise<RoundCount[]> {
    const rows = (await this.dataSource.query(
      `SELECT * FROM (
         SELECT r.id AS "roundId", r.number, r.opened_at AS "openedAt",
                (SELECT count(*)::int FROM pulse_response pr WHERE pr.round_id = r.id) AS "respondentCount"
           FROM pulse_round r WHERE r.survey_id = $1 AND r.opened_at <= $2
          ORDER BY r.number DESC LIMIT $3) latest
       ORDER BY number`,
      [surveyId, now, limit],
    )) as RoundCount[];
    return rows;
  }

  /** Score counts per round and question — of rounds that reached the threshold only. */
  scoreCounts(roundIds: readonly string[]): Promise<ScoreCount[]> {
    if (!roundIds.length) return Promise.resolve([]);
    return this.dataSource.query(
      `SELECT a.round_id AS "roundId", a.question_index AS "questionIndex", a.score, count(*)::int AS count
         FROM pulse_round r JOIN pulse_answer a ON a.round_id = r.id
        WHERE r.id = ANY($1) AND a.score IS NOT NULL AND ${SHOWN_ROUND}
        GROUP BY a.round_id, a.question_index, a.score`,
      [[...roundIds]],
    );
  }

  /** The comments of rounds that reached the threshold, shuffled (their stored order means nothing either). */
  comments(roundIds: readonly string[]): Promise<{ roundId: string; comment: string }[]> {
    if (!roundIds.length) return Promise.resolve([]);
    return this.dataSource.query(
      `SELECT a.round_id AS "roundId", a.comment
         FROM pulse_round r JOIN pulse_answer a ON a.round_id = r.id
        WHERE r.id = ANY($1) AND a.comment IS NOT NULL AND ${SHOWN_ROUND}
        ORDER BY random() LIMIT 500`,
      [[...roundIds]],
    );
  }

  /** Open rounds in the viewer's cohorts (as a member or facilitator) that they have not answered. */
  toAnswer(organizationId: string, viewerId: string, now: Date): Promise<ToAnswerRow[]> {
    return this.dataSource.query(
      `SELECT ${OPEN_ROUND_COLUMNS}, s.title, s.cohort_id AS "cohortId", c.name AS "cohortName"
         FROM cohort_member cm
         JOIN pulse_survey s ON s.cohort_id = cm.cohort_id
         JOIN cohort c ON c.id = s.cohort_id
         JOIN pulse_round r ON r.survey_id = s.id AND r.opened_at <= $3 AND r.closes_at > $3
        WHERE cm.organization_id = $1 AND cm.user_id = $2 AND cm.role IN ('MEMBER', 'FACILITATOR')
          AND NOT EXISTS (SELECT 1 FROM pulse_response pr WHERE pr.round_id = r.id AND pr.user_id = $2)
        ORDER BY r.closes_at, r.id LIMIT 20`,
      [organizationId, viewerId, now],
    );
  }

  /** Who a cohort's round asks: its members and facilitators who still belong to the organization. */
  recipients(organizationId: string, cohortId: string): Promise<{ userId: string }[]> {
    return this.dataSource.query(
      `SELECT cm.user_id AS "userId" FROM cohort_member cm
         JOIN membership m ON m.organization_id = cm.organization_id AND m.user_id = cm.user_id
        WHERE cm.organization_id = $1 AND cm.cohort_id = $2 AND cm.role IN ('MEMBER', 'FACILITATOR')`,
      [organizationId, cohortId],
    );
  }

  cohortName(cohortId: string): Promise<string> {
    return this.dataSource
      .query(`SELECT name FROM cohort WHERE id = $1`, [cohortId])
      .then((rows: { name: string }[]) => rows[0]?.name ?? '');
  }

  // ---- schedule

  /** Weekly surveys whose latest round opened a week ago or more, and after-huddle surveys with a huddle ended since. */
  dueRounds(now: Date): Promise<DueRound[]> {
    return this.dataSource.query(
      `SELECT s.id AS "surveyId", NULL::uuid AS "huddleId" FROM pulse_survey s
        WHERE s.schedule = 'WEEKLY' AND s.stopped_at IS NULL
          AND (SELECT max(r.opened_at) FROM pulse_round r WHERE r.survey_id = s.id) <= $1::timestamptz - interval '7 days'
       UNION ALL
       SELECT * FROM (
         SELECT DISTINCT ON (s.id) s.id, h.id FROM pulse_survey s
           JOIN huddle h ON h.organization_id = s.organization_id AND h.cohort_id = s.cohort_id
                AND h.status = 'ENDED' AND h.ended_at > s.created_at AND h.ended_at <= $1
          WHERE s.schedule = 'AFTER_HUDDLE' AND s.stopped_at IS NULL
            AND NOT EXISTS (SELECT 1 FROM pulse_round r WHERE r.survey_id = s.id AND r.huddle_id = h.id)
            AND NOT EXISTS (SELECT 1 FROM pulse_round r WHERE r.survey_id = s.id AND r.opened_at >= h.ended_at)
          ORDER BY s.id, h.ended_at DESC) after_huddle`,
      [now],
    );
  }
}
