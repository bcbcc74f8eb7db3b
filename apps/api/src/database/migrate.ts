import { createDataSource } from './data-source';

/** Applies pending migrations, each in its own transaction; returns the names applied. */
export async function migrate(url: string): Promise<string[]> {
  const dataSource = createDataSource(url);
  await dataSource.initialize();
  try {
    return (await dataSource.runMigrations({ transaction: 'each' })).map((m) => m.name);
  } finally {
    await dataSource.destroy();
  }
}
