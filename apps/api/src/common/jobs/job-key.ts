import { createHash } from 'node:crypto';

/**
 * The job id for an idempotency key: a name-based UUID (version 5 layout, SHA-1 of queue and key),
 * so the same key sent twice, by any process, is the same row in pg-boss's job table and the
 * second send is ignored.
 */
export function jobIdFor(queue: string, key: string): string {
  const hex = createHash('sha1').update(`${queue}\u0000${key}`).digest('hex');
  const variant = ((parseInt(hex.slice(16, 18), 16) & 0x3f) | 0x80).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(18, 20)}-${hex.slice(20, 32)}`;
}
