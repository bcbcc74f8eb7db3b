import { decodeKeysetCursor, encodeKeysetCursor, type KeysetCursor } from '../../common/pagination/keyset-cursor';

/** A position in the log: the (created_at, id) of the last event seen. */
export type AuditCursor = KeysetCursor;

export const encodeAuditCursor = encodeKeysetCursor;

export function decodeAuditCursor(after: string): AuditCursor {
  return decodeKeysetCursor(after, 'This is not a position in the audit log; start from the first page.');
}
