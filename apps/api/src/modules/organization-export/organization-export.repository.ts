import { Injectable } from '@nestjs/common';
import type { ClientBase } from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { DataSource } from 'typeorm';
import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ExportedFileEntry, ExportedTable } from './organization-archive';

/** A cohort whose facilitator the exporter must be first. */
export interface ExportBlocker {
  id: string;
  name: string;
}

/**
 * Cohorts with anonymous (TO_PEERS) contributions whose facilitator the person ($2) is not: the
 * archive names every author, and only a cohort's facilitators may learn who wrote anonymously
 * (rule 3). An admin adds themselves as facilitator first, which the cohort sees (rule 2).
 */
const ANONYMOUS_COHORTS_NOT_FACILITATED = `
  SELECT co.id, co.name FROM cohort co
   WHERE co.organization_id = $1
     AND EXISTS (SELECT 1 FROM contribution c JOIN prompt p ON p.id = c.prompt_id
                  WHERE c.cohort_id = co.id AND c.status = 'PUBLISHED' AND p.anonymity = 'TO_PEERS')
     AND NOT EXISTS (SELECT 1 FROM cohort_member cm
                      WHERE cm.cohort_id = co.id AND cm.user_id = $2 AND cm.role = 'FACILITATOR')
   ORDER BY co.name, co.id`;

/** The export's reads, all on one connection inside one snapshot (see `snapshot`). */
export class OrganizationSnapshot {
  constructor(private readonly client: ClientBase) {}

  async organization(id: string): Promise<{ id: string; name: string; slug: string } | undefined> {
    const { rows } = await this.client.query<{ id: string; name: string; slug: string }>(
      `SELECT id, name, slug FROM organization WHERE id = $1`,
      [id],
    );
    return rows[0];
  }

  /** See ANONYMOUS_COHORTS_NOT_FACILITATED: checked inside the export's snapshot. */
  async anonymousCohortsNotFacilitatedBy(organizationId: string, userId: string): Promise<ExportBlocker[]> {
    const { rows } = await this.client.query<ExportBlocker>(ANONYMOUS_COHORTS_NOT_FACILITATED, [
      organizationId,
      userId,
    ]);
    return rows;
  }

  async migrations(): Promise<string[]> {
    const { rows } = await this.client.query<{ name: string }>(`SELECT name FROM migration ORDER BY "timestamp", id`);
    return rows.map((r) => r.name);
  }

  /** The table's stored columns (generated ones are computed again where the rows land). */
  async columnsOf(table: string): Promise<string[]> {
    const { rows } = await this.client.query<{ column_name: string }>(
      `SELECT column_name FROM information_schema.columns
        WHERE table_schema = 'public' AND table_name = $1 AND is_generated = 'NEVER'
        ORDER BY ordinal_position`,
      [table],
    );
    return rows.map((r) => r.column_name);
  }

  /** Columns of `tables` that point at a person. */
  async userColumns(tables: string[]): Promise<{ table: string; column: string }[]> {
    const { rows } = await this.client.query<{ table: string; column: string }>(
      `SELECT c.conrelid::regclass::text AS table, a.attname AS column
         FROM pg_constraint c
         JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
        WHERE c.contype = 'f' AND c.confrelid = '"user"'::regclass AND c.conrelid::regclass::text = ANY($1)
        ORDER BY 1, 2`,
      [tables],
    );
    return rows;
  }

  /**
   * Streams the rows of `table` matching `where` (with `$1` the organisation) as NDJSON into `out`;
   * returns how many. Rows go in their stored order, and the import inserts them in it: where the
   * product orders by a value two rows share (action items of one instant), the other instance
   * then breaks the tie as this one does. COPY in CSV with quote and delimiter bytes JSON never holds raw, so each
   * row_to_json line arrives as is, never escaped again and never held whole in memory.
   */
  async copyRows(table: ExportedTable, columns: string[], organizationId: string, out: Writable): Promise<number> {
    const where = table.where.replaceAll('$1', this.client.escapeLiteral(organizationId));
    const list = columns.map((c) => this.client.escapeIdentifier(c)).join(', ');
    const stream = this.client.query(
      copyTo(
        `COPY (SELECT row_to_json(r) FROM (SELECT ${list} FROM ${this.client.escapeIdentifier(table.name)}
           WHERE ${where} ORDER BY ctid) r) TO STDOUT WITH (FORMAT csv, QUOTE E'\\x01', DELIMITER E'\\x02')`,
      ),
    );
    await pipeline(stream, out);
    return stream.rowCount;
  }

  /** The stored files of the organisation: its attachments, and the uploaded avatars of `userIds`. */
  async files(organizationId: string, userIds: string[]): Promise<ExportedFileEntry[]> {
    const { rows } = await this.client.query<{ key: string; size: number }>(
      `SELECT storage_key AS key, size FROM attachment WHERE organization_id = $1 ORDER BY storage_key`,
      [organizationId],
    );
    const { rows: avatars } = await this.client.query<{ id: string; avatar_url: string }>(
      `SELECT id, avatar_url FROM "user" WHERE id = ANY($1) AND avatar_url LIKE '/api/avatars/%' ORDER BY id`,
      [userIds],
    );
    // The avatar's key as AvatarService stores it: avatars/<user>/<name without .webp>.
    const pictures = avatars.map((a) => ({
      key: `avatars/${a.id}/${a.avatar_url
        .split('/')
        .at(-1)!
        .replace(/\.webp$/, '')}`,
      size: -1,
    }));
    return [...rows, ...pictures];
  }
}

/** The only code of the export that touches the database. */
@Injectable()
export class OrganizationExportRepository {
  constructor(private readonly db: DataSource) {}

  /** What stands between the person and an export, now (the export checks again in its snapshot). */
  exportBlockers(organizationId: string, userId: string): Promise<ExportBlocker[]> {
    return this.db.query(ANONYMOUS_COHORTS_NOT_FACILITATED, [organizationId, userId]);
  }

  /**
   * Runs `work` in one REPEATABLE READ READ ONLY transaction on a connection of its own, so all
   * tables show the same instant while the app keeps writing.
   */
  async snapshot<T>(work: (snapshot: OrganizationSnapshot) => Promise<T>): Promise<T> {
    const runner = this.db.createQueryRunner();
    await runner.connect();
    const client = (runner as unknown as { databaseConnection: ClientBase }).databaseConnection;
    try {
      await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      const result = await work(new OrganizationSnapshot(client));
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      await runner.release();
    }
  }
}
