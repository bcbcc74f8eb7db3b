import { Injectable } from '@nestjs/common';
import type { EmailCadence, NotificationKind } from '@openhuddle/shared';
import { DataSource } from 'typeorm';
import type { DeliveryFacts } from './notification-delivery';

export interface KindPreferenceRow {
  kind: NotificationKind;
  in_app: boolean;
  email: EmailCadence;
}

export interface StoredPreferences {
  kinds: KindPreferenceRow[];
  quietStartMinute: number | null;
  quietEndMinute: number | null;
  timeZone: string;
  mutedCohorts: Array<{ id: string; name: string }>;
}

/** Notification preferences: the only SQL about them. */
@Injectable()
export class NotificationPreferenceRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Everyone's stored choices for one kind (and cohort) in one statement, however many recipients. */
  async deliveryFacts(
    organizationId: string,
    kind: string,
    cohortId: string | null,
    userIds: readonly string[],
  ): Promise<Map<string, DeliveryFacts>> {
    const rows: Array<{
      user_id: string;
      time_zone: string;
      in_app: boolean | null;
      email: EmailCadence | null;
      quiet_start_minute: number | null;
      quiet_end_minute: number | null;
      muted: boolean;
    }> = await this.dataSource.query(
      `SELECT u.id AS user_id, u.time_zone, np.in_app, np.email, ns.quiet_start_minute, ns.quiet_end_minute,
              ($4::uuid IS NOT NULL AND EXISTS (
                SELECT 1 FROM notification_cohort_mute m
                 WHERE m.organization_id = $1 AND m.user_id = u.id AND m.cohort_id = $4)) AS muted
         FROM "user" u
         LEFT JOIN notification_preference np ON np.organization_id = $1 AND np.user_id = u.id AND np.kind = $2
         LEFT JOIN notification_settings ns ON ns.organization_id = $1 AND ns.user_id = u.id
        WHERE u.id = ANY($3::uuid[])`,
      [organizationId, kind, [...new Set(userIds)], cohortId],
    );
    return new Map(
      rows.map((r) => [
        r.user_id,
        {
          inApp: r.in_app,
          email: r.email,
          quietStartMinute: r.quiet_start_minute,
          quietEndMinute: r.quiet_end_minute,
          timeZone: r.time_zone,
          muted: r.muted,
        },
      ]),
    );
  }

  async stored(organizationId: string, userId: string): Promise<StoredPreferences> {
    const [kinds, settings, muted, user] = await Promise.all([
      this.dataSource.query(
        `SELECT kind, in_app, email FROM notification_preference WHERE organization_id = $1 AND user_id = $2`,
        [organizationId, userId],
      ) as Promise<KindPreferenceRow[]>,
      this.dataSource.query(
        `SELECT quiet_start_minute, quiet_end_minute FROM notification_settings WHERE organization_id = $1 AND user_id = $2`,
        [organizationId, userId],
      ) as Promise<Array<{ quiet_start_minute: number | null; quiet_end_minute: number | null }>>,
      this.dataSource.query(
        `SELECT c.id, c.name FROM notification_cohort_mute m JOIN cohort c ON c.id = m.cohort_id
          WHERE m.organization_id = $1 AND m.user_id = $2 ORDER BY c.name, c.id`,
        [organizationId, userId],
      ) as Promise<Array<{ id: string; name: string }>>,
      this.dataSource.query(`SELECT time_zone FROM "user" WHERE id = $1`, [userId]) as Promise<
        Array<{ time_zone: string }>
      >,
    ]);
    return {
      kinds,
      quietStartMinute: settings[0]?.quiet_start_minute ?? null,
      quietEndMinute: settings[0]?.quiet_end_minute ?? null,
      timeZone: user[0]?.time_zone ?? 'UTC',
      mutedCohorts: muted,
    };
  }

  /** Stores choices per kind and, when given, quiet hours (null: none), in one transaction. */
  async save(
    organizationId: string,
    userId: string,
    kinds: readonly KindPreferenceRow[],
    quietHours: { start: number; end: number } | null | undefined,
  ): Promise<void> {
    await this.dataSource.transaction(async (em) => {
      if (kinds.length) {
        await em.query(
          `INSERT INTO notification_preference (organization_id, user_id, kind, in_app, email)
           SELECT $1, $2, k.kind, k.in_app, k.email
             FROM unnest($3::varchar[], $4::boolean[], $5::varchar[]) AS k(kind, in_app, email)
           ON CONFLICT (organization_id, user_id, kind)
           DO UPDATE SET in_app = EXCLUDED.in_app, email = EXCLUDED.email, updated_at = now()`,
          [organizationId, userId, kinds.map((k) => k.kind), kinds.map((k) => k.in_app), kinds.map((k) => k.email)],
        );
      }
      if (quietHours !== undefined) {
        await em.query(
          `INSERT INTO notification_settings (organization_id, user_id, quiet_start_minute, quiet_end_minute)
           VALUES ($1, $2, $3, $4)
           ON CONFLICT (organization_id, user_id)
           DO UPDATE SET quiet_start_minute = EXCLUDED.quiet_start_minute, quiet_end_minute = EXCLUDED.quiet_end_minute`,
          [organizationId, userId, quietHours?.start ?? null, quietHours?.end ?? null],
        );
      }
    });
  }

  /** Email off for these kinds, keeping what the person chose in-app. */
  async emailOff(organizationId: string, userId: string, kinds: readonly NotificationKind[]): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO notification_preference (organization_id, user_id, kind, in_app, email)
       SELECT $1, $2, k, true, 'OFF' FROM unnest($3::varchar[]) AS k
       ON CONFLICT (organization_id, user_id, kind) DO UPDATE SET email = 'OFF', updated_at = now()`,
      [organizationId, userId, kinds],
    );
  }

  async mute(organizationId: string, userId: string, cohortId: string): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO notification_cohort_mute (organization_id, user_id, cohort_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
      [organizationId, userId, cohortId],
    );
  }

  async unmute(organizationId: string, userId: string, cohortId: string): Promise<void> {
    await this.dataSource.query(
      `DELETE FROM notification_cohort_mute WHERE organization_id = $1 AND user_id = $2 AND cohort_id = $3`,
      [organizationId, userId, cohortId],
    );
  }
}
