// @vitest-environment node
import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config from '../../codegen';

const webRoot = path.resolve(__dirname, '../..');

describe('src/generated', () => {
  it('matches schema.graphql and the .graphql documents (run `pnpm codegen` when this fails)', async () => {
    const outputs = await generate({ ...config, cwd: webRoot, silent: true }, false);
    expect(outputs.length).toBeGreaterThan(0);
    for (const output of outputs) {
      const onDisk = await readFile(path.resolve(webRoot, output.filename), 'utf8').catch(() => '(missing)');
      expect(onDisk, `${output.filename} is stale`).toBe(output.content);
    }
  }, 30_000);
});
