import * as fs from 'node:fs';
import * as path from 'node:path';
import { AppConfig } from '../../config/app-config';
import { RestoreRefused, restoreBackup } from '../backup/restore';
import { openMaintenanceDatabase } from '../backup/maintenance-database';
import { createDatabaseIfMissing, dropDatabase } from '../database-bootstrap';
import { withDatabase } from '../embedded-postgres';

/**
 * `pnpm db:restore <file> [--replace]`: restores a backup into the configured database, which
 * must be empty. --replace first drops and recreates that database and moves DATA_DIR/uploads
 * aside (to uploads.before-restore-<time>): stop the app first.
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const replace = args.includes('--replace');
  const file = args.find((a) => !a.startsWith('--'));
  if (!file) throw new RestoreRefused('usage: pnpm db:restore <backup.tar.gz> [--replace]');
  const config = AppConfig.fromEnv();
  const db = await openMaintenanceDatabase(config, (line) => process.stderr.write(`${line}\n`));
  try {
    if (replace) await emptyTarget(db.url, config.dataDir);
    const { manifest, triggersDeferred } = await restoreBackup({
      databaseUrl: db.url,
      dataDir: config.dataDir,
      // pnpm runs the script in apps/api; a relative path means where the command was typed.
      file: path.resolve(process.env.INIT_CWD ?? process.cwd(), file),
    });
    if (!triggersDeferred) process.stderr.write('note: not a superuser, rows were loaded in dependency order\n');
    process.stdout.write(
      `restored ${manifest.tables.length} tables and ${manifest.uploads.files} files from ${manifest.createdAt} ` +
        `(schema ${manifest.migrations.at(-1)}); the app migrates further when it starts\n`,
    );
  } finally {
    await db.stop();
  }
}

async function emptyTarget(url: string, dataDir: string): Promise<void> {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  const admin = withDatabase(url, 'postgres');
  await dropDatabase(admin, name);
  await createDatabaseIfMissing(admin, name);
  const uploads = path.join(dataDir, 'uploads');
  if (fs.existsSync(uploads)) {
    const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*$/, 'Z');
    fs.renameSync(uploads, path.join(dataDir, `uploads.before-restore-${stamp}`));
  }
}

main().catch((error) => {
  process.stderr.write(
    error instanceof RestoreRefused ? `${error.message}\n` : `${error instanceof Error ? error.stack : error}\n`,
  );
  process.exit(1);
});
