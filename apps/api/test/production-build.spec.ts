import * as fs from 'node:fs';
import * as path from 'node:path';

/** Jest runs from apps/api. */
const API_ROOT = process.cwd();
const buildConfig = JSON.parse(fs.readFileSync(path.join(API_ROOT, 'tsconfig.build.json'), 'utf8')) as {
  exclude: string[];
};

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** `src/**\/*-test-helpers.ts` -> a RegExp over paths relative to apps/api. */
function globToRegExp(glob: string): RegExp {
  const body = glob
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*\*\//g, '\u0001')
    .replace(/\*/g, '[^/]*')
    .split('\u0001')
    .join('(?:.*/)?');
  return new RegExp(`^${body}$`);
}

describe('the production build (tsconfig.build.json)', () => {
  it('leaves out every source file that imports test-only code from apps/api/test', () => {
    const excluded = buildConfig.exclude.map(globToRegExp);
    const importsTestCode = sourceFiles(path.join(API_ROOT, 'src'))
      .filter((file) => /from '(\.\.\/)+test\//.test(fs.readFileSync(file, 'utf8')))
      .map((file) => path.relative(API_ROOT, file).split(path.sep).join('/'));
    expect(importsTestCode.length).toBeGreaterThan(0);
    expect(importsTestCode.filter((file) => !excluded.some((pattern) => pattern.test(file)))).toEqual([]);
  });
});
