import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { createInterface } from 'node:readline';
import { Client } from 'pg';
import * as tar from 'tar';
import type { FileStorage } from '../../common/storage/storage';
import {
  EXPORTED_TABLES,
  FILES_DIR,
  MANIFEST_FILE,
  NO_PASSWORD,
  ORGANIZATION_ARCHIVE_FORMAT,
  type OrganizationManifest,
  USER_TABLE,
} from './organization-archive';
import { ImportRepository } from './organization-import.repository';
import { IdMap } from './organization-import.ids';
import { importOrder } from './organization-import.order';

/** The archive cannot go into this database; nothing was changed. */
export class ImportRefused extends Error {}

export interface ImportOptions {
  databaseUrl: string;
  storage: FileStorage;
  /** The .tar.gz written by the organisation export. */
  file: string;
}

export interface ImportSummary {
  organizationId: string;
  slug: string;
  /** True when every id of the archive was free here and kept (links and bookmarks keep working). */
  idsKept: boolean;
  /** Old id → new id, for every row and person of the archive. */
  ids: ReadonlyMap<string, string>;
  rows: Record<string, number>;
  people: { created: number; matched: number };
  files: number;
}

const BATCH = 500;

/**
 * `pnpm db:import-org`: recreates an exported organisation in this instance, in one transaction.
 * Ids are kept when none of them is taken here, otherwise every id is replaced by a new one,
 * consistently (columns, arrays, JSON and text that hold an id, and the stored files' keys).
 * People are matched by email; others are created without a password (they reset it).
 */
export async function importOrganization(options: ImportOptions): Promise<ImportSummary> {
  const staging = await fs.mkdtemp(path.join(os.tmpdir(), 'openhuddle-org-import-'));
  const client = new Client({ connectionString: options.databaseUrl });
  const written: string[] = [];
  await client.connect();
  try {
    // node-tar keeps every entry inside `staging` (no absolute paths, no `..`).
    await tar.x({ file: options.file, cwd: staging, strict: true });
    const manifest = await readManifest(staging);
    const db = new ImportRepository(client);
    await db.loadMigrations();
    const notApplied = manifest.migrations.filter((m) => !db.hasMigration(m));
    if (notApplied.length)
      throw new ImportRefused(`this instance is older than the archive: migrate it first (missing ${notApplied[0]})`);

    await client.query('BEGIN');
    const ids = new IdMap();
    const tables = manifest.tables.filter((t) => t.name !== USER_TABLE.name);
    const rowIds: string[] = [];
    let taken = false;
    for (const table of tables) {
      if (!(await db.hasColumn(table.name, 'id'))) continue;
      const batch: string[] = [];
      for await (const row of readRows(staging, table.file)) batch.push(row.id as string);
      taken ||= await db.anyExists(table.name, batch);
      rowIds.push(...batch);
    }
    ids.assign(rowIds, taken);
    const people = await mapPeople(db, staging, manifest, ids);
    const slug = await db.freeSlug(manifest.organization.slug);

    const rows: Record<string, number> = { [USER_TABLE.name]: people.created.length };
    await db.insertRows(
      USER_TABLE.name,
      people.created.map((u) => ids.remapRow(u)),
    );
    const foreignKeys = await db.foreignKeys(tables.map((t) => t.name));
    for (const { table, deferred } of importOrder(
      tables.map((t) => t.name),
      foreignKeys,
    )) {
      const entry = tables.find((t) => t.name === table)!;
      const fills = EXPORTED_TABLES.find((t) => t.name === table)?.omit ?? {};
      const later: Record<string, unknown>[] = [];
      let batch: Record<string, unknown>[] = [];
      let count = 0;
      for await (const raw of readRows(staging, entry.file)) {
        const row = { ...ids.remapRow(raw), ...fills };
        if (table === 'organization') row.slug = slug;
        if (deferred.length) {
          later.push(Object.fromEntries([['id', row.id], ...deferred.map((c) => [c, row[c]])]));
          for (const c of deferred) row[c] = null;
        }
        batch.push(row);
        count += 1;
        if (batch.length === BATCH) {
          await db.insertRows(table, batch);
          batch = [];
        }
      }
      await db.insertRows(table, batch);
      for (const column of deferred) await db.setColumn(table, column, later);
      rows[table] = count;
    }

    let files = 0;
    for (const file of manifest.files) {
      const key = ids.remapText(file.key);
      // A person who was here already keeps their own picture.
      if (people.matchedIds.some((id) => key.startsWith(`avatars/${id}/`))) continue;
      const source = path.join(staging, FILES_DIR, file.key);
      written.push(key);
      await options.storage.putStream(key, createReadStream(source), Number.MAX_SAFE_INTEGER);
      files += 1;
    }
    await client.query('COMMIT');
    return {
      organizationId: ids.get(manifest.organization.id),
      slug,
      idsKept: !taken,
      ids: ids.entries(),
      rows,
      people: { created: people.created.length, matched: people.matchedIds.length },
      files,
    };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    for (const key of written) await options.storage.delete(key).catch(() => undefined);
    throw error;
  } finally {
    await client.end();
    await fs.rm(staging, { recursive: true, force: true });
  }
}

async function readManifest(staging: string): Promise<OrganizationManifest> {
  const text = await fs.readFile(path.join(staging, MANIFEST_FILE), 'utf8').catch(() => null);
  const manifest = text ? (JSON.parse(text) as OrganizationManifest) : null;
  if (manifest?.format !== ORGANIZATION_ARCHIVE_FORMAT)
    throw new ImportRefused('not an OpenHuddle organisation export (no manifest.json of its format)');
  return manifest;
}

async function* readRows(staging: string, file: string): AsyncGenerator<Record<string, unknown>> {
  for await (const line of createInterface({ input: createReadStream(path.join(staging, file)) })) {
    if (line) yield JSON.parse(line) as Record<string, unknown>;
  }
}

/** People of the archive: matched here by email, or to be created (their id kept when free). */
async function mapPeople(db: ImportRepository, staging: string, manifest: OrganizationManifest, ids: IdMap) {
  const entry = manifest.tables.find((t) => t.name === USER_TABLE.name);
  const created: Record<string, unknown>[] = [];
  const matchedIds: string[] = [];
  if (!entry) return { created, matchedIds };
  for await (const row of readRows(staging, entry.file)) {
    const id = row.id as string;
    const existing = await db.userIdByEmail(row.email as string);
    if (existing) {
      ids.set(id, existing);
      matchedIds.push(existing);
      continue;
    }
    ids.set(id, (await db.anyExists('user', [id])) ? randomUUID() : id);
    created.push({ ...row, password_hash: NO_PASSWORD });
  }
  return { created, matchedIds };
}
