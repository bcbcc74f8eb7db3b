import * as fs from 'node:fs';
import * as path from 'node:path';
import type { AppConfig } from '../../config/app-config';
import { type DatabaseHandle, EMBEDDED_DATABASE, openDatabase } from '../database-bootstrap';
import { EMBEDDED_PASSWORD, EMBEDDED_USER } from '../embedded-postgres';

/**
 * The database a maintenance command (backup, restore) works on. With DATABASE_URL, that one.
 * Embedded: when the app is running, its server is reused (starting another would stop it, see
 * startEmbeddedPostgres); otherwise the embedded server is started for the command.
 */
export async function openMaintenanceDatabase(config: AppConfig, log: (line: string) => void): Promise<DatabaseHandle> {
  if (config.databaseUrl) return openDatabase(config, log);
  const port = runningEmbeddedPort(path.join(config.dataDir, 'postgres'));
  if (port === undefined) return openDatabase(config, log);
  log(`using the running embedded PostgreSQL on port ${port}`);
  return {
    url: `postgres://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/${EMBEDDED_DATABASE}`,
    embedded: true,
    stop: async () => undefined,
  };
}

/** postmaster.pid: line 1 the server's pid, line 4 its port. */
function runningEmbeddedPort(dataDir: string): number | undefined {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return undefined;
  const lines = fs.readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!pid || !port) return undefined;
  try {
    process.kill(pid, 0);
    return port;
  } catch {
    return undefined;
  }
}
