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
    extra: { max: 20 },
  };
}

export function createDataSource(url: string, onProblem?: (message: string) => void): DataSource {
  return new DataSource(dataSourceOptions(url, onProblem));
}
