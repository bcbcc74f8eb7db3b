import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Client } from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import * as tar from 'tar';
import {
  ARCHIVE_FORMAT,
  BACKED_UP_SCHEMAS,
  type BackupManifest,
  DATA_DIR_IN_ARCHIVE,
  MANIFEST_FILE,
  MIGRATIONS_TABLE,
  type TableEntry,
  UPLOADS_DIR_IN_ARCHIVE,
} from './backup-archive';
import { backupRepository } from './backup.repository';

export interface BackupOptions {
  databaseUrl: string;
  /** DATA_DIR: its `uploads` folder goes into the archive. */
  dataDir: string;
  /** The .tar.gz to write. */
  file: string;
}

/**
 * Writes a consistent backup while the app keeps running: every table is read in one
 * REPEATABLE READ READ ONLY transaction, so all of them show the same instant. Uploads are
 * copied after the snapshot; a file uploaded meanwhile is an unused extra, never a dangling row
 * (attachments are written to disk before their row is committed).
 */
export async function createBackup(options: BackupOptions): Promise<BackupManifest> {
  const staging = fs.mkdtempSync(path.join(os.tmpdir(), 'openhuddle-backup-'));
  const client = new Client({ connectionString: options.databaseUrl });
  await client.connect();
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const migrations = await backupRepository.appliedMigrations(client, MIGRATIONS_TABLE);
    if (!migrations.length) throw new Error('the database has no applied migrations: nothing to back up');
    const tables = await backupRepository.tables(client, BACKED_UP_SCHEMAS, [MIGRATIONS_TABLE]);
    fs.mkdirSync(path.join(staging, DATA_DIR_IN_ARCHIVE));
    const entries: TableEntry[] = [];
    for (const [i, table] of tables.entries()) {
      const file = `${DATA_DIR_IN_ARCHIVE}/${String(i).padStart(3, '0')}-${table.schema}.${table.name}.copy`;
      const stream = client.query(
        copyTo(`COPY ${qualified(client, table)} (${columnList(client, table.columns)}) TO STDOUT`),
      );
      await pipeline(stream, fs.createWriteStream(path.join(staging, file)));
      entries.push({ ...table, file, rows: stream.rowCount });
    }
    const manifest: BackupManifest = {
      format: ARCHIVE_FORMAT,
      createdAt: new Date().toISOString(),
      postgres: await backupRepository.serverVersion(client),
      migrations,
      tables: entries,
      sequences: await backupRepository.sequences(client, BACKED_UP_SCHEMAS),
      uploads: { files: 0, bytes: 0 },
    };
    await client.query('COMMIT');

    const uploads = path.join(options.dataDir, UPLOADS_DIR_IN_ARCHIVE);
    const members = [MANIFEST_FILE, DATA_DIR_IN_ARCHIVE];
    if (fs.existsSync(uploads)) {
      manifest.uploads = measure(uploads);
      // Packed through a link, so the uploads are read in place rather than copied to staging.
      fs.symlinkSync(uploads, path.join(staging, UPLOADS_DIR_IN_ARCHIVE));
      members.push(UPLOADS_DIR_IN_ARCHIVE);
    }
    fs.writeFileSync(path.join(staging, MANIFEST_FILE), JSON.stringify(manifest, null, 2));
    fs.mkdirSync(path.dirname(path.resolve(options.file)), { recursive: true });
    // Written beside the target and renamed: a crash never leaves a half archive under the real name.
    const partial = `${options.file}.partial`;
    await tar.create(
      // Uploads still being written (`*.partial`) are not files yet.
      { gzip: true, file: partial, cwd: staging, follow: true, portable: true, filter: (p) => !p.endsWith('.partial') },
      members,
    );
    fs.renameSync(partial, options.file);
    return manifest;
  } finally {
    await client.end();
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

export function qualified(client: Client, table: { schema: string; name: string }): string {
  return `${client.escapeIdentifier(table.schema)}.${client.escapeIdentifier(table.name)}`;
}

export function columnList(client: Client, columns: string[]): string {
  return columns.map((c) => client.escapeIdentifier(c)).join(', ');
}

function measure(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    files += 1;
    bytes += fs.statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return { files, bytes };
}
