// First-page JavaScript budget (issue 14): the scripts the built index.html loads before anything
// else — its module entry and every modulepreload — must stay within BUDGET_KB gzip. Lazy route
// chunks are not counted: they load when their page opens. Run after `pnpm --filter @openhuddle/web build`.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 150;
const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'apps', 'web', 'dist');
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const urls = [
  ...html.matchAll(/<script[^>]*\bsrc="([^"]+\.js)"/g),
  ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+\.js)"/g),
].map((m) => m[1]);
if (urls.length === 0) throw new Error('index.html loads no script: is apps/web/dist a Vite build?');
let total = 0;
for (const url of new Set(urls)) {
  const bytes = gzipSync(readFileSync(join(dist, url.replace(/^\//, ''))), { level: 9 }).length;
  total += bytes;
  console.log(`${(bytes / 1024).toFixed(1).padStart(7)} KB gzip  ${url}`);
}
const kb = total / 1024;
console.log(`${kb.toFixed(1).padStart(7)} KB gzip  first-page JavaScript (budget ${BUDGET_KB} KB)`);
if (kb > BUDGET_KB) {
  console.error(`Over budget by ${(kb - BUDGET_KB).toFixed(1)} KB: split a route or a library out of the first page.`);
  process.exit(1);
}
