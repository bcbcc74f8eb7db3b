import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseEnv } from 'node:util';
import { ConfigError, REPO_ROOT } from './app-config';

/**
 * Loads settings from an env file into `process.env` before the configuration is read: `ENV_FILE`
 * if set, else `.env` at the workspace root when it exists. Node's own dotenv parser (util.parseEnv,
 * as process.loadEnvFile uses); variables already set in the environment win over the file.
 * Returns the file loaded, if any.
 */
export function loadEnvFile(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const file = env.ENV_FILE ? path.resolve(env.ENV_FILE) : path.join(REPO_ROOT, '.env');
  if (!fs.existsSync(file)) {
    if (env.ENV_FILE) throw new ConfigError([`ENV_FILE names ${file}, which does not exist`]);
    return undefined;
  }
  for (const [name, value] of Object.entries(parseEnv(fs.readFileSync(file, 'utf8')))) {
    if (env[name] === undefined) env[name] = value;
  }
  return file;
}
