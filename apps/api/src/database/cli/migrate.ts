import { AppConfig } from '../../config/app-config';
import { openDatabase } from '../database-bootstrap';
import { migrate } from '../migrate';

/** `pnpm db:migrate`: applies pending migrations to DATABASE_URL (or the embedded database). */
async function main(): Promise<void> {
  const config = AppConfig.fromEnv();
  const db = await openDatabase(config, (line) => process.stdout.write(`${line}\n`));
  try {
    const applied = await migrate(db.url);
    process.stdout.write(applied.length ? `applied: ${applied.join(', ')}\n` : 'schema is up to date\n');
  } finally {
    await db.stop();
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : error}\n`);
  process.exit(1);
});
