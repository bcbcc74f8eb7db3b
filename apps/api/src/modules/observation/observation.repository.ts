import { Injectable } from '@nestjs/common';
import type { ObservationKind } from '@openhuddle/shared';
import { DataSource } from 'typeorm';
import { CURSOR_TIMESTAMP_SQL, type KeysetCursor } from '../../common/pagination/keyset-cursor';
import type { StoredDomain } from '../framework/framework-version.entity';
import { ObservationRatingEntity } from './observation-rating.entity';
import { ObservationEntity } from './observation.entity';

/** An observation as the list and the page read it: names, its framework version and its ratings, in one row. */
export interface ObservationRow {
  id: string;
  kind: ObservationKind;
  observedOn: string;
  note: string;
  createdAt: Date;
  cursorAt: string;
  observerId: string | null;
  observerName: string | null;
  observedId: string;
  observedName: string;
  frameworkId: string;
  frameworkTitle: string;
  frameworkVersion: number;
  levelNames: string[];
  domains: StoredDomain[];
  ratings: { practiceKey: string; level: number }[];
}

export interface NewObservation {
  organizationId: string;
  frameworkId: string;
  frameworkVersionId: string;
  observerId: string;
  observedId: string;
  kind: ObservationKind;
  observedOn: string;
  note: string;
  ratings: { practiceKey: string; level: number }[];
}

/** One practice × month × level (level null: the practice × month total), from GROUPING SETS. */
export interface TrendRow {
  practiceKey: string;
  month: string;
  level: number | null;
  observationCount: number;
  peopleCount: number;
}

const ROW_SQL = `
  SELECT o.id, o.kind, to_char(o.observed_on, 'YYYY-MM-DD') AS "observedOn", o.note, o.created_at AS "createdAt",
         ${CURSOR_TIMESTAMP_SQL('o.created_at')} AS "cursorAt",
         o.observer_id AS "observerId", observer.display_name AS "observerName",
         o.observed_id AS "observedId", observed.display_name AS "observedName",
         o.framework_id AS "frameworkId", v.title AS "frameworkTitle", v.number AS "frameworkVersion",
         v.level_names AS "levelNames", v.domains,
         COALESCE((SELECT json_agg(json_build_object('practiceKey', r.practice_key, 'level', r.level) ORDER BY r.practice_key)
                     FROM observation_rating r WHERE r.observation_id = o.id), '[]'::json) AS ratings
    FROM observation o
    JOIN framework_version v ON v.id = o.framework_version_id
    JOIN "user" observed ON observed.id = o.observed_id
    LEFT JOIN "user" observer ON observer.id = o.observer_id`;

/** The only code of the observation module that reads or writes its tables. */
@Injectable()
export class ObservationRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Whether the person is a member of the organisation now (deactivated members have no membership). */
  async isMember(organizationId: string, userId: string): Promise<boolean> {
    const [row] = await this.dataSource.query(
      `SELECT EXISTS (SELECT 1 FROM membership WHERE organization_id = $1 AND user_id = $2) AS member`,
      [organizationId, userId],
    );
    return !!row?.member;
  }

  /** The observation with its ratings, in one transaction. */
  record(fields: NewObservation): Promise<string> {
    return this.dataSource.transaction(async (em) => {
      const { ratings, ...rest } = fields;
      const observation = await em.save(em.create(ObservationEntity, rest));
      await em.insert(
        ObservationRatingEntity,
        ratings.map((r) => ({ ...r, organizationId: fields.organizationId, observationId: observation.id })),
      );
      return observation.id;
    });
  }

  async find(organizationId: string, observationId: string): Promise<ObservationRow | null> {
    const [row] = await this.dataSource.query(`${ROW_SQL} WHERE o.organization_id = $1 AND o.id = $2`, [
      organizationId,
      observationId,
    ]);
    return (row as ObservationRow | undefined) ?? null;
  }

  /** Newest first, of or by one person: one statement whatever the page size. */
  page(
    organizationId: string,
    column: 'observed_id' | 'observer_id',
    userId: string,
    after: KeysetCursor | null,
    limit: number,
  ): Promise<ObservationRow[]> {
    return this.dataSource.query(
      `${ROW_SQL}
        WHERE o.organization_id = $1 AND o.${column} = $2
          AND ($3::timestamptz IS NULL OR (o.created_at, o.id) < ($3::timestamptz, $4::uuid))
        ORDER BY o.created_at DESC, o.id DESC
        LIMIT $5`,
      [organizationId, userId, after?.createdAt ?? null, after?.id ?? null, limit],
    );
  }

  async delete(organizationId: string, observationId: string): Promise<void> {
    await this.dataSource.getRepository(ObservationEntity).delete({ id: observationId, organizationId });
  }

  /**
   * Per practice and month since `from`: observations at each level, and the month's total with
   * how many different people were observed — one statement, whatever the number of observations.
   */
  trends(organizationId: string, frameworkId: string, from: string): Promise<TrendRow[]> {
    return this.dataSource.query(
      `SELECT r.practice_key AS "practiceKey", to_char(o.observed_on, 'YYYY-MM') AS month, r.level,
              count(*)::int AS "observationCount", count(DISTINCT o.observed_id)::int AS "peopleCount"
         FROM observation o
         JOIN observation_rating r ON r.observation_id = o.id
        WHERE o.organization_id = $1 AND o.framework_id = $2 AND o.observed_on >= $3::date
        GROUP BY GROUPING SETS ((r.practice_key, to_char(o.observed_on, 'YYYY-MM'), r.level),
                                (r.practice_key, to_char(o.observed_on, 'YYYY-MM')))`,
      [organizationId, frameworkId, from],
    );
  }
}
