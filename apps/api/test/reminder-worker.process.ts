/**
 * An API process working the reminder jobs, for test/reminder-crash.spec.ts: it sweeps once, and
 * every notification it delivers is announced on stdout and then takes a while (a slow channel),
 * so the test can kill it with SIGKILL in the middle of a batch.
 */
import 'reflect-metadata';
import { createApp } from '../src/bootstrap';
import { createRootLogger } from '../src/common/logging/logger';
import { AppConfig } from '../src/config/app-config';
import { Notifier } from '../src/modules/notification/notifier';
import { ReminderSweepService } from '../src/modules/reminder/reminder-sweep.service';

async function main(): Promise<void> {
  const config = AppConfig.fromEnv({ ...process.env, NODE_ENV: 'test', JOBS_ENABLED: 'true', PORT: '0' });
  const app = await createApp(config, process.env.DATABASE_URL!, createRootLogger('silent'));
  app.get(Notifier).addChannel({
    deliver: async (n) => {
      process.stdout.write(`delivered ${n.dedupeKey}\n`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    },
  });
  await app.init();
  await app.get(ReminderSweepService).sweep();
  process.stdout.write('swept\n');
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : error}\n`);
  process.exit(1);
});
