import { Writable } from 'node:stream';
import type { Logger } from 'pino';
import { createRootLogger } from '../src/common/logging/logger';

export interface CapturedLogs {
  logger: Logger;
  /** Every line written so far, as written. */
  lines: string[];
  /** The lines as JSON records. */
  records(): Array<Record<string, any>>;
}

/** The app's real root logger (same redaction), writing into memory instead of stdout. */
export function captureLogs(level = 'trace'): CapturedLogs {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      done();
    },
  });
  const logger = createRootLogger(level, stream);
  return { logger, lines, records: () => lines.map((line) => JSON.parse(line) as Record<string, any>) };
}
