import 'reflect-metadata';
import { createApp, inFlightRequestsOf } from './bootstrap';
import { AppConfig, ConfigError } from './config/app-config';
import { loadEnvFile } from './config/env-file';
import { shutdownGracefully, takeOverTerminationSignals } from './common/http/graceful-shutdown';
import { createRootLogger } from './common/logging/logger';
import { LocalDiskStorage } from './common/storage/storage';
import { openDatabase } from './database/database-bootstrap';
import { migrate } from './database/migrate';
import { DEMO_ACCOUNTS, seedDemoIfEmpty } from './database/seed/demo-seed';

/** How long in-flight requests may take to finish after SIGTERM (load balancers wait ~30 s). */
const SHUTDOWN_GRACE_MS = 10_000;

async function main(): Promise<void> {
  let config: AppConfig;
  try {
    loadEnvFile();
    config = AppConfig.fromEnv();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  const logger = createRootLogger(config.logLevel);
  const db = await openDatabase(config, (line) => logger.debug({ postgres: line }));
  const applied = await migrate(db.url);
  if (applied.length) logger.info({ migrations: applied }, 'applied migrations');
  if (config.seedDemo && (await seedDemoIfEmpty(db.url, new LocalDiskStorage(config)))) {
    logger.info('loaded the demo organization');
  }

  const app = await createApp(config, db.url, logger);
  await app.listen(config.port, config.host);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: finishing in-flight requests');
    // Should the application hang while closing, the process still ends (and the embedded database with it).
    const force = setTimeout(() => void db.stop().finally(() => process.exit(1)), SHUTDOWN_GRACE_MS + 10_000);
    force.unref();
    let code = 0;
    try {
      const result = await shutdownGracefully(app, inFlightRequestsOf(app), SHUTDOWN_GRACE_MS);
      if (!result.drained)
        logger.warn({ abandoned: result.abandoned }, 'grace period over: closed unfinished requests');
    } catch (error) {
      logger.error({ err: error }, 'error while shutting down');
      code = 1;
    }
    await db.stop();
    logger.info('stopped');
    process.exit(code);
  };
  takeOverTerminationSignals((signal) => void shutdown(signal));

  const url = config.isProduction ? config.publicUrl : `http://localhost:${config.port}/graphql`;
  logger.info({ url, database: db.embedded ? 'embedded' : 'DATABASE_URL' }, 'OpenHuddle is ready');
  process.stdout.write(
    `\n  OpenHuddle is running: open ${url}\n` +
      (db.embedded ? `  Demo sign-in: ${DEMO_ACCOUNTS.facilitator.email} / ${DEMO_ACCOUNTS.password}\n\n` : '\n'),
  );
}

main().catch((error) => {
  process.stderr.write(`OpenHuddle failed to start: ${error instanceof Error ? error.stack : error}\n`);
  process.exit(1);
});
