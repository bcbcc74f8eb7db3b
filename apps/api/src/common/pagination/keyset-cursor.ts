import { AppError } from '../errors/app-error';

/**
 * A position in a newest-first list: the (created_at, id) of the last row seen, created_at to
 * the microsecond (PostgreSQL keeps microseconds; a JS Date would lose them and skip rows).
 */
export interface KeysetCursor {
  /** UTC, `YYYY-MM-DDTHH:MM:SS.ffffffZ`. */
  createdAt: string;
  id: string;
}

/** SQL for a row's `created_at` in the cursor's form. */
export const CURSOR_TIMESTAMP_SQL = (column: string) =>
  `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function encodeKeysetCursor(cursor: KeysetCursor): string {
  return Buffer.from(`${cursor.createdAt}|${cursor.id}`, 'utf8').toString('base64url');
}

/** The cursor, or BAD_USER_INPUT on `after` for anything the list did not hand out (never a database error). */
export function decodeKeysetCursor(after: string, message: string): KeysetCursor {
  const [createdAt = '', id = '', ...rest] = Buffer.from(after, 'base64url').toString('utf8').split('|');
  const millis = createdAt.slice(0, 23) + 'Z';
  // Round-tripping through Date refuses impossible dates such as month 13 that the pattern lets by.
  const realDate =
    TIMESTAMP.test(createdAt) && !Number.isNaN(Date.parse(millis)) && new Date(millis).toISOString() === millis;
  if (!realDate || !UUID.test(id) || rest.length) throw AppError.badInput({ after: message });
  return { createdAt, id };
}
