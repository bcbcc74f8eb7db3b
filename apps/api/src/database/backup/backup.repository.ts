import type { Client } from 'pg';
import type { SequenceEntry } from './backup-archive';

export interface CatalogTable {
  schema: string;
  name: string;
  columns: string[];
}

/**
 * Catalogue and bookkeeping SQL of backup and restore (the only SQL of this folder besides the
 * COPY statements, which are built from these names). Runs on a plain `pg` client because COPY
 * streams need one connection held for the whole snapshot.
 */
export const backupRepository = {
  /** Ordinary and partitioned-root tables of `schemas` with their copyable columns, parents before children. */
  async tables(client: Client, schemas: readonly string[], skip: readonly string[]): Promise<CatalogTable[]> {
    const { rows } = await client.query<{ schema: string; name: string; columns: string[] }>(
      `SELECT n.nspname AS schema, c.relname AS name,
              array_agg(a.attname::text ORDER BY a.attnum) AS columns
         FROM pg_class c
         JOIN pg_namespace n ON n.oid = c.relnamespace
         JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
        WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition AND n.nspname = ANY($1) AND NOT (c.relname = ANY($2))
        GROUP BY n.nspname, c.relname
        ORDER BY n.nspname, c.relname`,
      [schemas, skip],
    );
    const edges = await client.query<{ child: string; parent: string }>(
      `SELECT cn.nspname || '.' || c.relname AS child, pn.nspname || '.' || p.relname AS parent
         FROM pg_constraint k
         JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace cn ON cn.oid = c.relnamespace
         JOIN pg_class p ON p.oid = k.confrelid JOIN pg_namespace pn ON pn.oid = p.relnamespace
        WHERE k.contype = 'f' AND cn.nspname = ANY($1)`,
      [schemas],
    );
    return dependencyOrder(rows, edges.rows);
  },

  async sequences(client: Client, schemas: readonly string[]): Promise<SequenceEntry[]> {
    const { rows } = await client.query<{ schema: string; name: string; lastValue: string | null }>(
      `SELECT schemaname AS schema, sequencename AS name, last_value::text AS "lastValue"
         FROM pg_sequences WHERE schemaname = ANY($1) ORDER BY 1, 2`,
      [schemas],
    );
    return rows;
  },

  async setSequence(client: Client, sequence: SequenceEntry): Promise<void> {
    const name = `${client.escapeIdentifier(sequence.schema)}.${client.escapeIdentifier(sequence.name)}`;
    if (sequence.lastValue === null) return;
    await client.query('SELECT setval($1::regclass, $2::bigint, true)', [name, sequence.lastValue]);
  },

  /** Applied migrations, oldest first; none when the table does not exist yet. */
  async appliedMigrations(client: Client, table: string): Promise<string[]> {
    const { rows: exists } = await client.query(`SELECT to_regclass($1) IS NOT NULL AS ok`, [`public.${table}`]);
    if (!exists[0].ok) return [];
    const { rows } = await client.query<{ name: string }>(
      `SELECT name FROM ${client.escapeIdentifier(table)} ORDER BY timestamp, id`,
    );
    return rows.map((r) => r.name);
  },

  /** Tables (of any kind) in the public schema: a restore target must have none. */
  async publicTableCount(client: Client): Promise<number> {
    const { rows } = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')`,
    );
    return rows[0]?.n ?? 0;
  },

  async serverVersion(client: Client): Promise<string> {
    const { rows } = await client.query<{ server_version: string }>('SHOW server_version');
    return rows[0]?.server_version ?? '';
  },

  /**
   * Turns off foreign-key and user triggers for this transaction, so rows load in any order
   * (self-references, cycles). Needs superuser (or, on PostgreSQL 15+, a grant of the setting);
   * false when refused, and the load relies on the dependency order alone.
   */
  async deferTriggers(client: Client): Promise<boolean> {
    await client.query('SAVEPOINT replica');
    try {
      await client.query('SET LOCAL session_replication_role = replica');
      await client.query('RELEASE SAVEPOINT replica');
      return true;
    } catch {
      await client.query('ROLLBACK TO SAVEPOINT replica');
      return false;
    }
  },
};

/** Referenced tables before the tables that reference them (cycles and self-references kept as found). */
function dependencyOrder(tables: CatalogTable[], edges: { child: string; parent: string }[]): CatalogTable[] {
  const byKey = new Map(tables.map((t) => [`${t.schema}.${t.name}`, t]));
  const parents = new Map<string, string[]>();
  for (const { child, parent } of edges) {
    if (child !== parent) parents.set(child, [...(parents.get(child) ?? []), parent]);
  }
  const ordered: CatalogTable[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (key: string): void => {
    if (state.has(key)) return;
    state.set(key, 'visiting');
    for (const parent of parents.get(key) ?? []) visit(parent);
    state.set(key, 'done');
    const table = byKey.get(key);
    if (table) ordered.push(table);
  };
  for (const key of byKey.keys()) visit(key);
  return ordered;
}
