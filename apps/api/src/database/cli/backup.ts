import * as path from 'node:path';
import { AppConfig } from '../../config/app-config';
import { createBackup } from '../backup/backup';
import { openMaintenanceDatabase } from '../backup/maintenance-database';

/**
 * `pnpm db:backup [file]`: a consistent backup of the database and DATA_DIR/uploads, safe while
 * the app runs. Default file: DATA_DIR/backups/openhuddle-<UTC time>.tar.gz. Prints its path.
 */
async function main(): Promise<void> {
  const config = AppConfig.fromEnv();
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*$/, 'Z');
  const file = path.resolve(
    process.env.INIT_CWD ?? process.cwd(),
    process.argv[2] ?? path.join(config.dataDir, 'backups', `openhuddle-${stamp}.tar.gz`),
  );
  const db = await openMaintenanceDatabase(config, (line) => process.stderr.write(`${line}\n`));
  try {
    const manifest = await createBackup({ databaseUrl: db.url, dataDir: config.dataDir, file });
    const rows = manifest.tables.reduce((n, t) => n + t.rows, 0);
    process.stderr.write(
      `backed up ${manifest.tables.length} tables (${rows} rows) at ${manifest.migrations.at(-1)}, ` +
        `${manifest.uploads.files} uploaded files\n`,
    );
    process.stdout.write(`${file}\n`);
  } finally {
    await db.stop();
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : error}\n`);
  process.exit(1);
});
