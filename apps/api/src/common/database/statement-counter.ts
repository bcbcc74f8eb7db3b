import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger as TypeOrmLogger } from 'typeorm';

interface Counter {
  statements: string[];
}

const storage = new AsyncLocalStorage<Counter>();

/**
 * Runs `fn` with a fresh statement counter; every SQL statement issued from its async
 * context is recorded. Tests use it to prove statement counts do not grow with the data.
 */
export function runWithStatementCounter<T>(fn: () => T): T {
  return storage.run({ statements: [] }, fn);
}

/** Statements recorded so far in the current counter (empty outside one). */
export function currentStatements(): readonly string[] {
  return storage.getStore()?.statements ?? [];
}

export async function countStatements<T>(fn: () => Promise<T>): Promise<{ result: T; statements: string[] }> {
  const counter: Counter = { statements: [] };
  const result = await storage.run(counter, fn);
  return { result, statements: counter.statements };
}

export class StatementCountingLogger implements TypeOrmLogger {
  constructor(private readonly onProblem?: (message: string) => void) {}

  logQuery(query: string): void {
    const counter = storage.getStore();
    if (counter && !/^(START TRANSACTION|COMMIT|ROLLBACK|BEGIN)/i.test(query)) counter.statements.push(query);
  }
  logQueryError(error: string | Error, query: string): void {
    this.onProblem?.(`query failed: ${error instanceof Error ? error.message : error} -- ${query.slice(0, 200)}`);
  }
  logQuerySlow(time: number, query: string): void {
    this.onProblem?.(`slow query (${time} ms): ${query.slice(0, 200)}`);
  }
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}
