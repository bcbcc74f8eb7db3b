import { createReadStream, createWriteStream } from 'node:fs';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { Injectable } from '@nestjs/common';
import * as tarStream from 'tar-stream';
import type { ActorMembership } from '../../common/auth/request-context';
import { Clock } from '../../common/clock/clock';
import { AppError } from '../../common/errors/app-error';
import { FileStorage } from '../../common/storage/storage';
import { AuditAction, AuditSubjectType } from '../audit/audit-action';
import { AuditService } from '../audit/audit.service';
import {
  DATA_DIR,
  EXPORTED_TABLES,
  type ExportedTable,
  FILES_DIR,
  MANIFEST_FILE,
  ORGANIZATION_ARCHIVE_FORMAT,
  type OrganizationManifest,
  USER_TABLE,
} from './organization-archive';
import {
  type ExportBlocker,
  type OrganizationSnapshot,
  OrganizationExportRepository,
} from './organization-export.repository';

/** A prepared export: its manifest, and `pipeTo` to stream the archive out. */
export interface PreparedExport {
  manifest: OrganizationManifest;
  fileName: string;
  pipeTo(out: Writable): Promise<void>;
}

/**
 * The organisation export (admins): every row of the organisation, one NDJSON file per table,
 * and its stored files, in one .tar.gz. Rows are spooled to a temporary folder on disk from one
 * snapshot, then packed as they are read: neither a table nor the archive is held in memory.
 */
@Injectable()
export class OrganizationExportService {
  constructor(
    private readonly repository: OrganizationExportRepository,
    private readonly storage: FileStorage,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Cohorts the person must facilitate before exporting (none: the export is theirs to take). */
  blockers(organizationId: string, by: ActorMembership): Promise<ExportBlocker[]> {
    return this.repository.exportBlockers(organizationId, by.userId);
  }

  async prepare(organizationId: string, by: ActorMembership): Promise<PreparedExport> {
    const staging = await fs.mkdtemp(path.join(os.tmpdir(), 'openhuddle-org-export-'));
    try {
      await fs.mkdir(path.join(staging, DATA_DIR));
      const manifest = await this.repository.snapshot(async (snapshot) => {
        const hidden = await snapshot.anonymousCohortsNotFacilitatedBy(organizationId, by.userId);
        if (hidden.length) {
          throw AppError.forbidden(
            `The export names the authors of anonymous contributions, which only a cohort's facilitators may know. Add yourself as facilitator of ${hidden.map((c) => c.name).join(', ')} (the cohort sees it), then export.`,
          );
        }
        return this.spool(snapshot, organizationId, staging);
      });
      await this.audit.record(AuditAction.ORGANIZATION_EXPORTED, by, {
        type: AuditSubjectType.ORGANIZATION,
        id: organizationId,
        details: { rows: manifest.tables.reduce((n, t) => n + t.rows, 0), files: manifest.files.length },
      });
      const day = manifest.exportedAt.slice(0, 10);
      return {
        manifest,
        fileName: `openhuddle-${manifest.organization.slug}-${day}.tar.gz`,
        pipeTo: (out) =>
          this.pack(manifest, staging, out).finally(() => fs.rm(staging, { recursive: true, force: true })),
      };
    } catch (error) {
      await fs.rm(staging, { recursive: true, force: true });
      throw error;
    }
  }

  private async spool(snapshot: OrganizationSnapshot, organizationId: string, staging: string) {
    const organization = await snapshot.organization(organizationId);
    if (!organization) throw AppError.notFound('Organization');
    const manifest: OrganizationManifest = {
      format: ORGANIZATION_ARCHIVE_FORMAT,
      exportedAt: this.clock.now().toISOString(),
      organization,
      migrations: await snapshot.migrations(),
      tables: [],
      files: [],
    };
    const spoolTable = async (table: ExportedTable) => {
      const omitted = Object.keys(table.omit ?? {});
      const columns = (await snapshot.columnsOf(table.name)).filter((c) => !omitted.includes(c));
      const file = `${DATA_DIR}/${table.name}.ndjson`;
      const rows = await snapshot.copyRows(table, columns, organizationId, createWriteStream(path.join(staging, file)));
      manifest.tables.push({ name: table.name, file, rows });
    };
    const userColumns = await snapshot.userColumns(EXPORTED_TABLES.map((t) => t.name));
    const people = userColumns.map(({ table, column }) => {
      const where = EXPORTED_TABLES.find((t) => t.name === table)!.where;
      return `SELECT "${column}" FROM "${table}" WHERE ${where}`;
    });
    // People first: every row that names someone can then be restored after them.
    await spoolTable({ ...USER_TABLE, where: `id IN (${people.join(' UNION ')})` });
    for (const table of EXPORTED_TABLES) await spoolTable(table);
    const userIds = await readIds(path.join(staging, DATA_DIR, `${USER_TABLE.name}.ndjson`));
    manifest.files = await snapshot.files(organizationId, userIds);
    return manifest;
  }

  private async pack(manifest: OrganizationManifest, staging: string, out: Writable): Promise<void> {
    const pack = tarStream.pack();
    const done = pipeline(pack as unknown as Readable, createGzip(), out);
    try {
      const files = [];
      for (const file of manifest.files) {
        // An avatar is small and its size is not recorded: read whole. An attachment streams.
        if (file.size < 0) {
          const data = await this.storage.get(file.key).catch(() => null);
          if (!data) continue;
          files.push({ ...file, size: data.length, data });
        } else files.push({ ...file, data: null });
      }
      manifest.files = files.map(({ key, size }) => ({ key, size }));
      pack.entry({ name: MANIFEST_FILE }, JSON.stringify(manifest, null, 2));
      for (const table of manifest.tables) {
        const { size } = await fs.stat(path.join(staging, table.file));
        await entry(pack, table.file, size, createReadStream(path.join(staging, table.file)));
      }
      for (const file of files) {
        const name = `${FILES_DIR}/${file.key}`;
        if (file.data) pack.entry({ name }, file.data);
        else await entry(pack, name, file.size, this.storage.openRead(file.key));
      }
      pack.finalize();
    } catch (error) {
      pack.destroy(error as Error);
    }
    await done;
  }
}

function entry(pack: tarStream.Pack, name: string, size: number, source: Readable): Promise<void> {
  return new Promise((resolve, reject) => {
    const sink = pack.entry({ name, size }, (error) => (error ? reject(error) : resolve()));
    source.on('error', reject);
    source.pipe(sink as unknown as Writable);
  });
}

/** The ids of an NDJSON file's rows, line by line. */
async function readIds(file: string): Promise<string[]> {
  const ids: string[] = [];
  const { createInterface } = await import('node:readline');
  for await (const line of createInterface({ input: createReadStream(file) })) {
    if (line) ids.push((JSON.parse(line) as { id: string }).id);
  }
  return ids;
}
