import type { EntityManager } from 'typeorm';

/**
 * The demo member (Luis) last looked at the demo cohort's feed a day and a half ago, so the cohort
 * page shows what arrived since as "New" (the feed itself is the cohort's contributions, feedback,
 * comments and huddles, seeded by demo-cohort-seed.ts).
 */
export async function seedDemoFeedSeen(em: EntityManager, organizationId: string, memberEmail: string): Promise<void> {
  await em.query(
    `INSERT INTO cohort_feed_read (cohort_id, user_id, organization_id, last_seen_at)
     SELECT cm.cohort_id, u.id, $1, now() - interval '36 hours'
       FROM "user" u JOIN cohort_member cm ON cm.user_id = u.id AND cm.organization_id = $1
      WHERE u.email = $2`,
    [organizationId, memberEmail],
  );
}
