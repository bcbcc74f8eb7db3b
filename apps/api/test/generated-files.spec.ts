import * as fs from 'node:fs';
import * as path from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { printSortedSchema } from '../src/common/graphql/print-schema';
import { REPO_ROOT } from '../src/config/app-config';
import { startTestApp, type TestApp } from './test-app';

describe('generated files are up to date', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('schema.graphql matches the schema the code builds (run `pnpm codegen`)', () => {
    const committed = fs.readFileSync(path.join(REPO_ROOT, 'apps', 'api', 'schema.graphql'), 'utf8');
    expect(printSortedSchema(t.app.get(GraphQLSchemaHost).schema)).toBe(committed);
  });

  it('the migrations produce exactly the schema the entities describe (run `pnpm db:migration:generate <Name>`)', async () => {
    const drift = await t.dataSource.driver.createSchemaBuilder().log();
    expect(drift.upQueries.map((q) => q.query)).toEqual([]);
  });
});
