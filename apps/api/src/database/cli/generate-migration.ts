import * as fs from 'node:fs';
import * as path from 'node:path';
import { AppConfig, REPO_ROOT } from '../../config/app-config';
import { createDataSource } from '../data-source';
import { createDatabaseIfMissing, dropDatabase, openDatabase } from '../database-bootstrap';
import { withDatabase } from '../embedded-postgres';

/**
 * `pnpm db:migration:generate <Name>`: applies the existing migrations to a scratch database,
 * diffs it against the entities and writes the difference as a new migration to review.
 */
async function main(): Promise<void> {
  const name = process.argv[2];
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) throw new Error('usage: db:migration:generate <PascalCaseName>');
  const config = AppConfig.fromEnv();
  const db = await openDatabase(config, () => undefined);
  const scratch = `migration_scratch_${Date.now()}`;
  const adminUrl = withDatabase(db.url, 'postgres');
  await createDatabaseIfMissing(adminUrl, scratch);
  const dataSource = createDataSource(withDatabase(db.url, scratch));
  try {
    await dataSource.initialize();
    await dataSource.runMigrations({ transaction: 'each' });
    const sql = await dataSource.driver.createSchemaBuilder().log();
    if (!sql.upQueries.length) {
      process.stdout.write('entities and migrations agree: nothing to generate\n');
      return;
    }
    const timestamp = Date.now();
    const className = `${name}${timestamp}`;
    const q = (s: string) => '`' + s.replace(/`/g, '\\`') + '`';
    const up = sql.upQueries.map((x) => `    await queryRunner.query(${q(x.query)});`).join('\n');
    const down = [...sql.downQueries]
      .reverse()
      .map((x) => `    await queryRunner.query(${q(x.query)});`)
      .join('\n');
    const file = path.join(REPO_ROOT, 'apps', 'api', 'src', 'database', 'migrations', `${timestamp}-${name}.ts`);
    fs.writeFileSync(
      file,
      `import type { MigrationInterface, QueryRunner } from 'typeorm';\n\nexport class ${className} implements MigrationInterface {\n  name = '${className}';\n\n  async up(queryRunner: QueryRunner): Promise<void> {\n${up}\n  }\n\n  async down(queryRunner: QueryRunner): Promise<void> {\n${down}\n  }\n}\n`,
    );
    process.stdout.write(
      `wrote ${path.relative(process.cwd(), file)}; add ${className} to migrations/index.ts and review the SQL\n`,
    );
  } finally {
    await dataSource.destroy();
    await dropDatabase(adminUrl, scratch);
    await db.stop();
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : error}\n`);
  process.exit(1);
});
