import * as path from 'node:path';
import { Client } from 'pg';
import type { AppConfig } from '../config/app-config';
import { startEmbeddedPostgres, withDatabase } from './embedded-postgres';

export interface DatabaseHandle {
  url: string;
  embedded: boolean;
  /** Stops the embedded server; a no-op for an external database. */
  stop(): Promise<void>;
}

export const EMBEDDED_DATABASE = 'openhuddle';

/** DATABASE_URL when set; otherwise an embedded PostgreSQL in DATA_DIR/postgres, reused across starts. */
export async function openDatabase(config: AppConfig, log: (line: string) => void): Promise<DatabaseHandle> {
  if (config.databaseUrl) {
    return { url: config.databaseUrl, embedded: false, stop: async () => undefined };
  }
  const dir = path.join(config.dataDir, 'postgres');
  log(`starting embedded PostgreSQL in ${dir}`);
  const server = await startEmbeddedPostgres(dir);
  await createDatabaseIfMissing(server.adminUrl, EMBEDDED_DATABASE);
  return { url: withDatabase(server.adminUrl, EMBEDDED_DATABASE), embedded: true, stop: server.stop };
}

export async function createDatabaseIfMissing(adminUrl: string, name: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
  } finally {
    await client.end();
  }
}

export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
