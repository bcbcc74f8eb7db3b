import { randomUUID } from 'node:crypto';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/**
 * Old id → new id for every row and person of an archive. Ids are unique across tables, so
 * any occurrence of a known id is replaced wherever it stands: a uuid column, an array of ids,
 * JSON details, a notification's link, a file's storage key. Unknown ids (built-in protocols,
 * say) stay as they are.
 */
export class IdMap {
  private readonly map = new Map<string, string>();

  /**
   * The archive's row ids: kept, or (`renew`) replaced by new random ids handed out in the same
   * sorted order, so wherever the product breaks a tie by id the copy breaks it the same way.
   */
  assign(ids: string[], renew: boolean): void {
    const fresh = renew ? ids.map(() => randomUUID()).sort() : [];
    [...ids].sort().forEach((id, i) => this.map.set(id, renew ? fresh[i]! : id));
  }

  set(id: string, to: string): void {
    this.map.set(id, to);
  }

  get(id: string): string {
    return this.map.get(id) ?? id;
  }

  entries(): ReadonlyMap<string, string> {
    return this.map;
  }

  remapText(text: string): string {
    return text.replace(UUID, (id) => this.map.get(id.toLowerCase()) ?? id);
  }

  remapValue(value: unknown): unknown {
    if (typeof value === 'string') return this.remapText(value);
    if (Array.isArray(value)) return value.map((v) => this.remapValue(v));
    if (value && typeof value === 'object')
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.remapValue(v)]));
    return value;
  }

  remapRow(row: Record<string, unknown>): Record<string, unknown> {
    return this.remapValue(row) as Record<string, unknown>;
  }
}
