import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface CopyTargetRow {
  cohort_id: string;
  cohort_name: string;
  organization_id: string;
  organization_name: string;
}

@Injectable()
export class PromptCopyRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The cohorts the person runs, in every organisation they belong to, except `exceptCohortId`:
   * the same rule as `canManageCohort` (cohort facilitator, or admin/owner of its organisation,
   * always with a membership), in one statement.
   */
  copyTargets(userId: string, exceptCohortId: string): Promise<CopyTargetRow[]> {
    return this.dataSource.query(
      `SELECT c.id AS cohort_id, c.name AS cohort_name, o.id AS organization_id, o.name AS organization_name
         FROM membership m
         JOIN organization o ON o.id = m.organization_id
         JOIN cohort c ON c.organization_id = m.organization_id
         LEFT JOIN cohort_member cm ON cm.cohort_id = c.id AND cm.user_id = m.user_id
        WHERE m.user_id = $1 AND c.id <> $2 AND (cm.role = 'FACILITATOR' OR m.role IN ('ADMIN', 'OWNER'))
        ORDER BY lower(o.name), o.id, lower(c.name), c.id
        LIMIT 200`,
      [userId, exceptCohortId],
    );
  }
}
