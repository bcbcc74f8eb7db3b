import { ADVISORY_LOCKS, withAdvisoryLock } from './advisory-lock';
import { createDataSource } from './data-source';

/**
 * Applies pending migrations, each in its own transaction; returns the names applied.
 * Under an advisory lock: two processes starting on a fresh database would otherwise both
 * create the migrations table and the same types, and one would crash.
 */
export async function migrate(url: string): Promise<string[]> {
  return withAdvisoryLock(url, ADVISORY_LOCKS.migrate, async () => {
    const dataSource = createDataSource(url);
    await dataSource.initialize();
    try {
      return (await dataSource.runMigrations({ transaction: 'each' })).map((m) => m.name);
    } finally {
      await dataSource.destroy();
    }
  });
}
