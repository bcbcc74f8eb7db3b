import { DataSource, type DataSourceOptions } from 'typeorm';
import { StatementCountingLogger } from '../common/database/statement-counter';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

export function dataSourceOptions(url: string, onProblem?: (message: string) => void): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migration',
    // Never synchronize: the schema changes only through reviewed migrations.
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+: no extension to install.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    migrationsRun: false,
    logger: new StatementCountingLogger(onProblem),
    maxQueryExecutionTime: 500,
    // JIT compilation costs hundreds of milliseconds and pays off only for long analytic queries;
    // the planner's estimates for the brief's visibility subplans can cross its threshold, so the
    // app's short statements run without it (measured: 30 ms instead of 900 ms on PostgreSQL 15).
    // A database that does not answer makes requests fail with 503 after 10 s instead of hanging.
    extra: { max: 20, options: '-c jit=off', connectionTimeoutMillis: 10_000 },
  };
}

export function createDataSource(url: string, onProblem?: (message: string) => void): DataSource {
  return new DataSource(dataSourceOptions(url, onProblem));
}
