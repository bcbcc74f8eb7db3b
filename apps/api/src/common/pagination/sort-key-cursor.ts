import { AppError } from '../errors/app-error';

/**
 * A position in a list ordered by several keys: the sort keys of the last row the viewer was
 * shown, and nothing else (every key is a value the viewer saw on that row or could compute from
 * it, so the cursor carries no more than the page did). Opaque to clients; decoded strictly.
 */
export type SortKeyKind = 'int' | 'timestamp' | 'uuid';

const PATTERNS: Record<SortKeyKind, RegExp> = {
  int: /^(0|[1-9]\d{0,5})$/,
  timestamp: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/,
  uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
};

export function encodeSortKeyCursor(prefix: string, keys: ReadonlyArray<string | number>): string {
  return Buffer.from([prefix, ...keys].join('|'), 'utf8').toString('base64url');
}

/**
 * The keys of a cursor this list handed out, or BAD_USER_INPUT on `after` (a cursor of another
 * list, a hand-made or truncated one: never a database error).
 */
export function decodeSortKeyCursor(
  after: string,
  prefix: string,
  kinds: readonly SortKeyKind[],
  message: string,
): string[] {
  const [tag, ...keys] = Buffer.from(after, 'base64url').toString('utf8').split('|');
  const valid =
    tag === prefix &&
    keys.length === kinds.length &&
    kinds.every((kind, i) => PATTERNS[kind].test(keys[i] ?? '') && (kind !== 'timestamp' || realTime(keys[i]!)));
  if (!valid) throw AppError.badInput({ after: message });
  return keys;
}

/** Round-tripping through Date refuses impossible dates such as month 13 that the pattern lets by. */
function realTime(value: string): boolean {
  const millis = value.slice(0, 23) + 'Z';
  return !Number.isNaN(Date.parse(millis)) && new Date(millis).toISOString() === millis;
}
