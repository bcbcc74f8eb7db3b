import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** Someone a huddle email goes to, with the zone to write its times in. */
export interface MailRecipient {
  userId: string;
  email: string;
  displayName: string;
  timeZone: string;
}

/** Who the huddle speaks for: its organisation and cohort. */
export interface HuddleMailContext {
  organizationName: string;
  cohortName: string;
}

/** People still in the organization: a removed person hears nothing more of it (rule 1). */
const IN_ORGANIZATION = `EXISTS (SELECT 1 FROM membership m WHERE m.organization_id = c.organization_id AND m.user_id = u.id)`;

/** The huddle emails' only access to the database: recipients and the names the messages show. */
@Injectable()
export class HuddleMailRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The cohort's members but the person who acted. */
  cohortRecipients(cohortId: string, exceptUserId: string): Promise<MailRecipient[]> {
    return this.dataSource.query(
      `SELECT u.id AS "userId", u.email, u.display_name AS "displayName", u.time_zone AS "timeZone"
         FROM cohort_member cm JOIN "user" u ON u.id = cm.user_id JOIN cohort c ON c.id = cm.cohort_id
        WHERE cm.cohort_id = $1 AND u.id <> $2 AND ${IN_ORGANIZATION}
        ORDER BY u.id`,
      [cohortId, exceptUserId],
    );
  }

  /** The cohort's members and whoever joined the huddle (an admin outside it), but the person who acted. */
  minutesRecipients(huddleId: string, exceptUserId: string): Promise<MailRecipient[]> {
    return this.dataSource.query(
      `SELECT u.id AS "userId", u.email, u.display_name AS "displayName", u.time_zone AS "timeZone"
         FROM huddle h JOIN cohort c ON c.id = h.cohort_id JOIN "user" u
           ON u.id IN (SELECT cm.user_id FROM cohort_member cm WHERE cm.cohort_id = h.cohort_id
                       UNION SELECT a.user_id FROM huddle_attendance a WHERE a.huddle_id = h.id AND a.joined_at IS NOT NULL)
        WHERE h.id = $1 AND u.id <> $2 AND ${IN_ORGANIZATION}
        ORDER BY u.id`,
      [huddleId, exceptUserId],
    );
  }

  async contextOf(cohortId: string): Promise<HuddleMailContext> {
    const [row] = (await this.dataSource.query(
      `SELECT o.name AS "organizationName", c.name AS "cohortName"
         FROM cohort c JOIN organization o ON o.id = c.organization_id WHERE c.id = $1`,
      [cohortId],
    )) as HuddleMailContext[];
    if (!row) throw new Error(`cohort ${cohortId} not found`);
    return row;
  }
}
