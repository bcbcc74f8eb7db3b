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
    // TypeORM emits a shared enum type once per table that uses it; keep each statement once
    // (the first CREATE, the last DROP).
    const upQueries = [...new Set(sql.upQueries.map((x) => x.query))];
    const downQueries = [...new Set(sql.downQueries.map((x) => x.query))].reverse();
    const up = upQueries.map((x) => `    await queryRunner.query(${q(x)});`).join('\n');
    const down = downQueries.map((x) => `    await queryRunner.query(${q(x)});`).join('\n');
    const file = path.join(REPO_ROOT, 'apps', 'api', 'src', 'database', 'migrations', `${timestamp}-${name}.ts`);
    fs.writeFileSync(
      file,
      `import type { MigrationInterface, QueryRunner } from 'typeorm';\n\nexport class ${className} implements MigrationInterface {\n  name = '${className}';\n\n  async up(queryRunner: QueryRunner): Promise<void> {\n${up}\n  }\n\n  async down(queryRunner: QueryRunner): Promise<void> {\n${down}\n  }\n}\n`,
    );
    const index = path.join(path.dirname(file), 'index.ts');
    const source = fs
      .readFileSync(index, 'utf8')
      .replace(/\n(?=\n\/\/ Applied in order)/, `\nimport { ${className} } from './${timestamp}-${name}';\n`)
      .replace(/,?\s*\];\s*$/, `,\n  ${className},\n];\n`);
    fs.writeFileSync(index, source);
    process.stdout.write(
      `wrote ${path.relative(process.cwd(), file)} and listed it in migrations/index.ts: review its SQL\n`,
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
