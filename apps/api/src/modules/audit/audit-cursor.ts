import { AppError } from '../../common/errors/app-error';

/** A position in the log: the (created_at, id) of the last event seen, created_at to the microsecond. */
export interface AuditCursor {
  /** UTC, `YYYY-MM-DDTHH:MM:SS.ffffffZ` (PostgreSQL keeps microseconds; a JS Date would lose them). */
  createdAt: string;
  id: string;
}

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function encodeAuditCursor(cursor: AuditCursor): string {
  return Buffer.from(`${cursor.createdAt}|${cursor.id}`, 'utf8').toString('base64url');
}

/** The cursor, or BAD_USER_INPUT for anything this list did not hand out (never a database error). */
export function decodeAuditCursor(after: string): AuditCursor {
  const [createdAt = '', id = '', ...rest] = Buffer.from(after, 'base64url').toString('utf8').split('|');
  const millis = createdAt.slice(0, 23) + 'Z';
  // Round-tripping through Date refuses impossible dates such as month 13 that the pattern lets by.
  const realDate =
    TIMESTAMP.test(createdAt) && !Number.isNaN(Date.parse(millis)) && new Date(millis).toISOString() === millis;
  if (!realDate || !UUID.test(id) || rest.length) {
    throw AppError.badInput({ after: 'This is not a position in the audit log; start from the first page.' });
  }
  return { createdAt, id };
}
