import type { Client } from 'pg';
import type { ForeignKey } from './organization-import.order';

/** The import's SQL, on the connection (and transaction) it is given. */
export class ImportRepository {
  private migrations = new Set<string>();
  private readonly columns = new Map<string, string[]>();

  constructor(private readonly client: Client) {}

  async loadMigrations(): Promise<void> {
    const { rows } = await this.client.query<{ name: string }>(`SELECT name FROM migration`);
    this.migrations = new Set(rows.map((r) => r.name));
  }

  hasMigration(name: string): boolean {
    return this.migrations.has(name);
  }

  /** The table's stored (not generated) columns here. */
  async columnsOf(table: string): Promise<string[]> {
    let columns = this.columns.get(table);
    if (!columns) {
      const { rows } = await this.client.query<{ column_name: string }>(
        `SELECT column_name FROM information_schema.columns
          WHERE table_schema = 'public' AND table_name = $1 AND is_generated = 'NEVER'`,
        [table],
      );
      columns = rows.map((r) => r.column_name);
      this.columns.set(table, columns);
    }
    return columns;
  }

  async hasColumn(table: string, column: string): Promise<boolean> {
    return (await this.columnsOf(table)).includes(column);
  }

  async anyExists(table: string, ids: string[]): Promise<boolean> {
    if (!ids.length) return false;
    const { rows } = await this.client.query(
      `SELECT 1 FROM ${this.client.escapeIdentifier(table)} WHERE id = ANY($1::uuid[]) LIMIT 1`,
      [ids],
    );
    return rows.length > 0;
  }

  async userIdByEmail(email: string): Promise<string | null> {
    const { rows } = await this.client.query<{ id: string }>(`SELECT id FROM "user" WHERE lower(email) = lower($1)`, [
      email,
    ]);
    return rows[0]?.id ?? null;
  }

  /** `slug`, or `slug-2`, `slug-3`… when another organisation here has it. */
  async freeSlug(slug: string): Promise<string> {
    const { rows } = await this.client.query<{ slug: string }>(
      `SELECT slug FROM organization WHERE slug = $1 OR slug LIKE $1 || '-%'`,
      [slug],
    );
    const taken = new Set(rows.map((r) => r.slug));
    let candidate = slug;
    for (let n = 2; taken.has(candidate); n++) candidate = `${slug}-${n}`;
    return candidate;
  }

  async foreignKeys(tables: string[]): Promise<ForeignKey[]> {
    const { rows } = await this.client.query<ForeignKey>(
      `SELECT c.conrelid::regclass::text AS table, a.attname AS column,
              trim(both '"' from c.confrelid::regclass::text) AS references, NOT a.attnotnull AS nullable
         FROM pg_constraint c
         JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
        WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace
          AND c.conrelid::regclass::text = ANY($1)`,
      [tables],
    );
    return rows;
  }

  /**
   * Inserts rows given as JSON objects keyed by column name; PostgreSQL converts each value to
   * its column's type (enums, arrays, jsonb, timestamps). Columns this instance lacks are
   * dropped; columns the archive lacks take their defaults.
   */
  async insertRows(table: string, rows: Record<string, unknown>[]): Promise<void> {
    if (!rows.length) return;
    const here = new Set(await this.columnsOf(table));
    const columns = Object.keys(rows[0]!).filter((c) => here.has(c));
    const name = this.client.escapeIdentifier(table);
    const list = columns.map((c) => this.client.escapeIdentifier(c)).join(', ');
    await this.client.query(
      `INSERT INTO ${name} (${list}) SELECT ${list} FROM json_populate_recordset(NULL::${name}, $1::json)`,
      [JSON.stringify(rows)],
    );
  }

  /** Sets `column` of rows by id (rows: `{ id, [column]: value }`), where a value was deferred. */
  async setColumn(table: string, column: string, rows: Record<string, unknown>[]): Promise<void> {
    const values = rows.filter((r) => r[column] !== null && r[column] !== undefined);
    if (!values.length) return;
    const name = this.client.escapeIdentifier(table);
    const col = this.client.escapeIdentifier(column);
    await this.client.query(
      `UPDATE ${name} t SET ${col} = v.${col} FROM json_populate_recordset(NULL::${name}, $1::json) v WHERE t.id = v.id`,
      [JSON.stringify(values)],
    );
  }
}
