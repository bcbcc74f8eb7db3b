/**
 * The backup archive: a gzipped tar holding
 *   manifest.json        what is inside, and the schema version it was taken at
 *   data/<n>.copy         one file per table, PostgreSQL's COPY text format
 *   uploads/…             the files of DATA_DIR/uploads
 * A logical backup, so it restores into any PostgreSQL 13+ (the embedded 17 or an external one)
 * without pg_dump, which the embedded package does not ship and which refuses newer servers.
 */
export const ARCHIVE_FORMAT = 1;
export const MANIFEST_FILE = 'manifest.json';
export const DATA_DIR_IN_ARCHIVE = 'data';
export const UPLOADS_DIR_IN_ARCHIVE = 'uploads';

/** Schemas whose rows are backed up. pg-boss's own schema is left out: see README "Backups". */
export const BACKED_UP_SCHEMAS = ['public'] as const;

/** TypeORM's bookkeeping: recreated by running the migrations on restore, not copied. */
export const MIGRATIONS_TABLE = 'migration';

export interface TableEntry {
  schema: string;
  name: string;
  /** Copied columns, in order (generated columns are left out: PostgreSQL computes them again). */
  columns: string[];
  rows: number;
  file: string;
}

export interface SequenceEntry {
  schema: string;
  name: string;
  /** Null: never used, left at its start. */
  lastValue: string | null;
}

export interface BackupManifest {
  format: number;
  createdAt: string;
  /** server_version of the source. */
  postgres: string;
  /** Names of the applied migrations, oldest first: restore migrates to exactly these. */
  migrations: string[];
  tables: TableEntry[];
  sequences: SequenceEntry[];
  uploads: { files: number; bytes: number };
}
