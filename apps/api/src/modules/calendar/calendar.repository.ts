import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CalendarFeedEntity } from './calendar-feed.entity';

/** A huddle as the feed lists it (raw row). */
export interface HuddleRow {
  id: string;
  title: string;
  starts_at: Date;
  duration_minutes: number;
  join_url: string | null;
  organization_id: string;
  cohort_name: string;
  status: string;
  sequence: number;
}

export interface DueRow {
  id: string;
  title: string;
  due_at: Date;
  organization_id: string;
  cohort_name: string;
}

/** The calendar module's only access to the database. */
@Injectable()
export class CalendarRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Creates the user's feed, or replaces its token (revoking the old URL). */
  async upsertFeed(userId: string, tokenHash: string): Promise<void> {
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(CalendarFeedEntity)
      .values({ userId, tokenHash })
      .orUpdate(['token_hash', 'created_at'], ['user_id'])
      .execute();
  }

  async deleteFeed(userId: string): Promise<void> {
    await this.dataSource.getRepository(CalendarFeedEntity).delete({ userId });
  }

  hasFeed(userId: string): Promise<boolean> {
    return this.dataSource.getRepository(CalendarFeedEntity).existsBy({ userId });
  }

  findFeedByTokenHash(tokenHash: string): Promise<CalendarFeedEntity | null> {
    return this.dataSource.getRepository(CalendarFeedEntity).findOneBy({ tokenHash });
  }

  /** Huddles of the last 90 days on, in the user's cohorts of organizations they still belong to (rule 1). */
  huddlesOf(userId: string): Promise<HuddleRow[]> {
    return this.dataSource.query(
      `SELECT h.id, h.title, h.starts_at, h.duration_minutes, h.join_url, h.organization_id, h.status, h.sequence, c.name AS cohort_name
         FROM huddle h JOIN cohort c ON c.id = h.cohort_id
         JOIN cohort_member cm ON cm.cohort_id = h.cohort_id AND cm.user_id = $1
         JOIN membership m ON m.organization_id = h.organization_id AND m.user_id = $1
        WHERE h.starts_at > now() - interval '90 days'
        ORDER BY h.starts_at`,
      [userId],
    );
  }

  /** Due dates of published prompts, same cohorts and window as `huddlesOf`. */
  promptDuesOf(userId: string): Promise<DueRow[]> {
    return this.dataSource.query(
      `SELECT p.id, p.title, p.due_at, p.organization_id, c.name AS cohort_name
         FROM prompt p JOIN cohort c ON c.id = p.cohort_id
         JOIN cohort_member cm ON cm.cohort_id = p.cohort_id AND cm.user_id = $1
         JOIN membership m ON m.organization_id = p.organization_id AND m.user_id = $1
        WHERE p.published_at IS NOT NULL AND p.due_at IS NOT NULL AND p.due_at > now() - interval '90 days'
        ORDER BY p.due_at`,
      [userId],
    );
  }
}
