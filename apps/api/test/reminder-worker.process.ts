/**
 * An API process working the reminder jobs, for test/reminder-crash.spec.ts: it sweeps once, and
 * every notification it delivers is announced on stdout; the first two take a while (a slow channel)
 * and from the third on a delivery never finishes, so when the test kills it with SIGKILL a job is
 * certainly in flight (a timed pause left gaps between jobs where none was active).
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
  let deliveries = 0;
  app.get(Notifier).addChannel({
    deliver: async (n) => {
      process.stdout.write(`delivered ${n.dedupeKey}\n`);
      if (++deliveries >= 3) await new Promise(() => undefined);
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
