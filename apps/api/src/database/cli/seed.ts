import { LocalDiskStorage } from '../../common/storage/storage';
import { AppConfig } from '../../config/app-config';
import { createDataSource } from '../data-source';
import { openDatabase } from '../database-bootstrap';
import { migrate } from '../migrate';
import { DEMO_ACCOUNTS, seedDemo } from '../seed/demo-seed';

/** `pnpm db:seed`: loads the demo organization (idempotent). */
async function main(): Promise<void> {
  const config = AppConfig.fromEnv();
  const db = await openDatabase(config, () => undefined);
  try {
    await migrate(db.url);
    const dataSource = createDataSource(db.url);
    await dataSource.initialize();
    try {
      const loaded = await seedDemo(dataSource, new LocalDiskStorage(config));
      process.stdout.write(loaded ? 'loaded the demo organization\n' : 'the demo organization is already there\n');
      process.stdout.write(`demo sign-in: ${DEMO_ACCOUNTS.facilitator.email} / ${DEMO_ACCOUNTS.password}\n`);
    } finally {
      await dataSource.destroy();
    }
  } finally {
    await db.stop();
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : error}\n`);
  process.exit(1);
});
