import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import * as tar from 'tar';
import { ADVISORY_LOCKS, withAdvisoryLock } from '../advisory-lock';
import { createDataSource } from '../data-source';
import { MIGRATIONS } from '../migrations';
import { ARCHIVE_FORMAT, type BackupManifest, MANIFEST_FILE, UPLOADS_DIR_IN_ARCHIVE } from './backup-archive';
import { backupRepository } from './backup.repository';
import { columnList, qualified } from './backup';

export interface RestoreOptions {
  /** An empty database (no tables in `public`): restore never overwrites. */
  databaseUrl: string;
  /** DATA_DIR: the archive's uploads are written to its `uploads` folder, which must be empty. */
  dataDir: string;
  file: string;
}

export interface RestoreResult {
  manifest: BackupManifest;
  /** False when the server refused session_replication_role (not a superuser). */
  triggersDeferred: boolean;
}

export class RestoreRefused extends Error {}

/**
 * Restores a backup into an empty database: migrates it to the backup's schema version (not the
 * newest: the app migrates further when it starts, as on any upgrade), loads every table with
 * COPY in one transaction, sets the sequences, then writes the uploads. Holds the migration lock
 * throughout, so an app starting on the same database waits instead of migrating under it.
 */
export async function restoreBackup(options: RestoreOptions): Promise<RestoreResult> {
  const staging = fs.mkdtempSync(path.join(os.tmpdir(), 'openhuddle-restore-'));
  try {
    await tar.extract({ file: options.file, cwd: staging, strict: true });
    const manifest = readManifest(staging);
    const uploadsTarget = path.join(options.dataDir, UPLOADS_DIR_IN_ARCHIVE);
    if (fs.existsSync(uploadsTarget) && fs.readdirSync(uploadsTarget).length > 0) {
      throw new RestoreRefused(`${uploadsTarget} is not empty: restore writes uploads only into an empty folder`);
    }
    const triggersDeferred = await withAdvisoryLock(options.databaseUrl, ADVISORY_LOCKS.migrate, async () => {
      await assertEmpty(options.databaseUrl);
      await migrateTo(options.databaseUrl, manifest.migrations);
      return load(options.databaseUrl, staging, manifest);
    });
    const uploads = path.join(staging, UPLOADS_DIR_IN_ARCHIVE);
    if (fs.existsSync(uploads)) fs.cpSync(uploads, uploadsTarget, { recursive: true });
    return { manifest, triggersDeferred };
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

function readManifest(staging: string): BackupManifest {
  const file = path.join(staging, MANIFEST_FILE);
  if (!fs.existsSync(file)) throw new RestoreRefused('not an OpenHuddle backup: it has no manifest.json');
  const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as BackupManifest;
  if (manifest.format !== ARCHIVE_FORMAT) {
    throw new RestoreRefused(
      `backup format ${manifest.format} is not ${ARCHIVE_FORMAT}: restore it with its own version`,
    );
  }
  const known = new Set(MIGRATIONS.map(migrationName));
  const unknown = manifest.migrations.filter((name) => !known.has(name));
  if (unknown.length) {
    throw new RestoreRefused(`the backup is from a newer version (migrations ${unknown.join(', ')}): upgrade first`);
  }
  return manifest;
}

async function assertEmpty(url: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    if ((await backupRepository.publicTableCount(client)) > 0) {
      throw new RestoreRefused('the target database is not empty: restore into a new database (or use --replace)');
    }
  } finally {
    await client.end();
  }
}

async function migrateTo(url: string, names: string[]): Promise<void> {
  const wanted = new Set(names);
  const dataSource = createDataSource(url);
  dataSource.setOptions({ migrations: MIGRATIONS.filter((m) => wanted.has(migrationName(m))) });
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await dataSource.destroy();
  }
}

async function load(url: string, staging: string, manifest: BackupManifest): Promise<boolean> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('BEGIN');
    const deferred = await backupRepository.deferTriggers(client);
    // Migrations insert rows of their own (the built-in protocols); the backup holds them too.
    await client.query(`TRUNCATE ${manifest.tables.map((t) => qualified(client, t)).join(', ')}`);
    for (const table of manifest.tables) {
      const stream = client.query(
        copyFrom(`COPY ${qualified(client, table)} (${columnList(client, table.columns)}) FROM STDIN`),
      );
      await pipeline(fs.createReadStream(path.join(staging, table.file)), stream);
      if (stream.rowCount !== table.rows) {
        throw new Error(`${table.schema}.${table.name}: loaded ${stream.rowCount} rows, the backup has ${table.rows}`);
      }
    }
    for (const sequence of manifest.sequences) await backupRepository.setSequence(client, sequence);
    await client.query('COMMIT');
    return deferred;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

function migrationName(migration: (typeof MIGRATIONS)[number]): string {
  return migration.name;
}
