import * as fs from 'node:fs';
import * as path from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { createApp } from '../bootstrap';
import { AppConfig, REPO_ROOT } from '../config/app-config';
import { openDatabase } from '../database/database-bootstrap';
import { createRootLogger } from '../common/logging/logger';
import { printSortedSchema } from '../common/graphql/print-schema';

/** `pnpm codegen` (first half): writes apps/api/schema.graphql from the code-first resolvers. */
async function main(): Promise<void> {
  const config = AppConfig.fromEnv({ ...process.env, NODE_ENV: 'development' });
  const db = await openDatabase(config, () => undefined);
  const app = await createApp(config, db.url, createRootLogger('warn'));
  try {
    await app.init();
    const file = path.join(REPO_ROOT, 'apps', 'api', 'schema.graphql');
    fs.writeFileSync(file, printSortedSchema(app.get(GraphQLSchemaHost).schema));
    process.stdout.write(`wrote ${path.relative(process.cwd(), file)}\n`);
  } finally {
    await app.close();
    await db.stop();
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : error}\n`);
  process.exit(1);
});
