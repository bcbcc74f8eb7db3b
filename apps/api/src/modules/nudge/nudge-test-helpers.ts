import type { TestApp } from '../../../test/test-app';

export const PREVIEW = `query ($p: ID!, $a: NudgeAudience!) { nudgePreview(promptId: $p, audience: $a) {
  id total reachable namesHidden message recipients { userId displayName lastRemindedAt remindedToday reviewsOwed } } }`;
export const SEND = `mutation ($p: ID!, $a: NudgeAudience!, $m: String) { sendNudge(promptId: $p, audience: $a, message: $m) {
  reached skipped preview { reachable recipients { userId remindedToday lastRemindedAt } } } }`;
export const NOTIFICATIONS = `query ($org: ID!) { notifications(organizationId: $org) { items { kind text link } } }`;

export interface PreviewRecipient {
  userId: string;
  displayName: string;
  lastRemindedAt: string | null;
  remindedToday: boolean;
  reviewsOwed: number;
}

/** The NUDGE notifications each person has, by user id. */
export async function nudgesOf(t: TestApp, userIds: string[]): Promise<Record<string, number>> {
  const rows: Array<{ user_id: string; n: number }> = await t.dataSource.query(
    `SELECT user_id, count(*)::int AS n FROM notification WHERE kind = 'NUDGE' AND user_id = ANY($1) GROUP BY user_id`,
    [userIds],
  );
  return Object.fromEntries(userIds.map((id) => [id, rows.find((r) => r.user_id === id)?.n ?? 0]));
}

export async function emailOf(t: TestApp, userId: string): Promise<string> {
  const [row] = await t.dataSource.query(`SELECT email FROM "user" WHERE id = $1`, [userId]);
  return (row as { email: string }).email;
}
