import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadEnvFile } from './env-file';

describe('loadEnvFile', () => {
  const names = ['OPENHUDDLE_ENV_FILE_A', 'OPENHUDDLE_ENV_FILE_B'];
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'openhuddle-env-'));
  });
  afterEach(() => {
    for (const name of names) delete process.env[name];
    delete process.env.ENV_FILE;
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('reads the file named by ENV_FILE into process.env, the existing environment winning on a clash', () => {
    const file = path.join(dir, 'settings.env');
    fs.writeFileSync(file, 'OPENHUDDLE_ENV_FILE_A=from-file\nOPENHUDDLE_ENV_FILE_B="quoted # value"\n');
    process.env.ENV_FILE = file;
    process.env.OPENHUDDLE_ENV_FILE_A = 'from-environment';
    expect(loadEnvFile()).toBe(file);
    expect(process.env.OPENHUDDLE_ENV_FILE_A).toBe('from-environment');
    expect(process.env.OPENHUDDLE_ENV_FILE_B).toBe('quoted # value');
  });

  it('refuses to start when ENV_FILE names a file that does not exist', () => {
    process.env.ENV_FILE = path.join(dir, 'missing.env');
    expect(() => loadEnvFile()).toThrow(/does not exist/);
  });
});

describe('.env.example', () => {
  it('documents every variable the configuration reads', () => {
    const read = (file: string) => fs.readFileSync(path.join(process.cwd(), file), 'utf8');
    const sources = read('src/config/app-config.ts') + read('src/config/env-file.ts');
    const variables = [...new Set([...sources.matchAll(/\benv\.([A-Z][A-Z0-9_]+)/g)].map((match) => match[1]))];
    const example = read('../../.env.example');
    expect(variables.length).toBeGreaterThan(15);
    expect(variables.filter((name) => !new RegExp(`^(# )?${name}=`, 'm').test(example))).toEqual([]);
  });
});
