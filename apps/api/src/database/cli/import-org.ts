import * as path from 'node:path';
import { LocalDiskStorage } from '../../common/storage/storage';
import { AppConfig } from '../../config/app-config';
import { ImportRefused, importOrganization } from '../../modules/organization-export/organization-import';
import { openDatabase } from '../database-bootstrap';
import { migrate } from '../migrate';

/**
 * `pnpm db:import-org <archive.tar.gz>`: recreates an organisation exported from another
 * instance (Data settings → Download the organisation export) in this one. Migrates first, so
 * an instance that never started takes it too. Safe while the app runs.
 */
async function main(): Promise<void> {
  const file = process.argv[2];
  if (!file) throw new ImportRefused('usage: pnpm db:import-org <organisation-export.tar.gz>');
  const config = AppConfig.fromEnv();
  const db = await openDatabase(config, (line) => process.stderr.write(`${line}\n`));
  try {
    await migrate(db.url);
    const summary = await importOrganization({
      databaseUrl: db.url,
      storage: new LocalDiskStorage(config),
      // pnpm runs the script in apps/api; a relative path means where the command was typed.
      file: path.resolve(process.env.INIT_CWD ?? process.cwd(), file),
    });
    const rows = Object.values(summary.rows).reduce((n, r) => n + r, 0);
    process.stderr.write(
      `imported ${rows} rows and ${summary.files} files; ${summary.people.created} people created ` +
        `(they set a password through “Forgot password”), ${summary.people.matched} matched by email; ` +
        (summary.idsKept ? 'ids kept\n' : 'ids were taken here, so all are new\n'),
    );
    process.stdout.write(`${JSON.stringify({ organizationId: summary.organizationId, slug: summary.slug })}\n`);
  } finally {
    await db.stop();
  }
}

main().catch((error) => {
  process.stderr.write(
    error instanceof ImportRefused ? `${error.message}\n` : `${error instanceof Error ? error.stack : error}\n`,
  );
  process.exit(1);
});
