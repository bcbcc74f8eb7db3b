import { defaultLevelNames, FRAMEWORK_LIMITS as L } from '@openhuddle/shared';
import type { StoredDomain } from './framework-version.entity';

/** A framework's content as it is written (a form or a CSV file), before practices get their keys. */
export interface FrameworkDraft {
  levelNames: string[];
  domains: { title: string; practices: { key?: string | null; title: string; descriptors: string[] }[] }[];
}

export type RuleErrors = Record<string, string>;

const slug = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60) || 'practice';

/**
 * Gives every practice its key: the key it was sent with (an edited practice keeps its identity
 * across versions, so growth compares the same practice), else one made from its title; keys are
 * unique within the version.
 */
export function withPracticeKeys(draft: FrameworkDraft): StoredDomain[] {
  const taken = new Set<string>();
  const unique = (base: string): string => {
    let key = base;
    for (let n = 2; taken.has(key); n++) key = `${base}-${n}`;
    taken.add(key);
    return key;
  };
  // Sent keys first, so a new practice never takes the key an existing one keeps.
  for (const d of draft.domains) for (const p of d.practices) if (p.key) taken.add(p.key);
  return draft.domains.map((d) => ({
    title: d.title.trim(),
    practices: d.practices.map((p) => ({
      key: p.key || unique(slug(p.title)),
      title: p.title.trim(),
      descriptors: p.descriptors.map((x) => x.trim()),
    })),
  }));
}

/** What is wrong with a framework's content, per field (the form's paths); empty when it may be saved. */
export function frameworkErrors(draft: FrameworkDraft): RuleErrors {
  const errors: RuleErrors = {};
  const levels = draft.levelNames.length;
  draft.levelNames.forEach((name, i) => {
    if (!name.trim()) errors[`levelNames.${i}`] = 'Name this level.';
  });
  const practices = draft.domains.flatMap((d) => d.practices);
  if (!practices.length) errors.domains = 'Add at least one practice.';
  if (practices.length > L.practicesMax) errors.domains = `A framework has at most ${L.practicesMax} practices.`;
  const seenKeys = new Set<string>();
  const seenTitles = new Set<string>();
  draft.domains.forEach((d, di) => {
    if (!d.title.trim()) errors[`domains.${di}.title`] = 'Name this domain.';
    if (!d.practices.length) errors[`domains.${di}.practices`] = 'Add at least one practice to this domain.';
    d.practices.forEach((p, pi) => {
      const at = `domains.${di}.practices.${pi}`;
      const title = p.title.trim().toLowerCase();
      if (!title) errors[`${at}.title`] = 'Name this practice.';
      else if (seenTitles.has(title)) errors[`${at}.title`] = 'Another practice has this name.';
      seenTitles.add(title);
      if (p.key && seenKeys.has(p.key)) errors[`${at}.key`] = 'Two practices share this key.';
      if (p.key) seenKeys.add(p.key);
      if (p.descriptors.length !== levels)
        errors[`${at}.descriptors`] = `Describe each of the ${levels} levels (${p.descriptors.length} given).`;
      else {
        const blank = p.descriptors.findIndex((x) => !x.trim());
        if (blank >= 0) errors[`${at}.descriptors`] = `Describe level ${blank + 1}.`;
      }
    });
  });
  return errors;
}

/** Splits CSV text into rows of cells (RFC 4180: quoted cells may hold commas, quotes "" and line breaks). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const src = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows.filter((r) => r.some((c) => c.trim() !== ''));
}

const HEADER = ['domain', 'practice', 'level', 'descriptor'];
const MAX_ROW_ERRORS = 20;

/**
 * Reads a framework from CSV with the columns domain, practice, level, descriptor (one row per
 * level of a practice, a header row first). Errors name the row (`csv.row3`, counting the header
 * as row 1) so a person can fix the file; the levels are 1..N, N the same for every practice.
 */
export function frameworkFromCsv(text: string): { draft: FrameworkDraft | null; errors: RuleErrors } {
  const rows = parseCsv(text);
  const errors: RuleErrors = {};
  const header = rows[0]?.map((c) => c.trim().toLowerCase()) ?? [];
  if (HEADER.some((h, i) => header[i] !== h))
    return { draft: null, errors: { csv: 'The first row must be the header: domain,practice,level,descriptor.' } };
  if (rows.length < 2) return { draft: null, errors: { csv: 'The file has a header but no practices.' } };
  const practices = new Map<string, { domain: string; title: string; levels: Map<number, string> }>();
  const domains: string[] = [];
  let maxLevel = 0;
  const fail = (line: number, message: string) => {
    if (Object.keys(errors).length < MAX_ROW_ERRORS) errors[`csv.row${line}`] = `Row ${line}: ${message}`;
  };
  rows.slice(1).forEach((cells, i) => {
    const line = i + 2;
    const [domain = '', practice = '', levelText = '', descriptor = ''] = cells.map((c) => c.trim());
    if (cells.length !== 4) return fail(line, `expected 4 columns, found ${cells.length}.`);
    if (!domain) return fail(line, 'the domain is empty.');
    if (domain.length > L.domainTitleMax)
      return fail(line, `the domain is longer than ${L.domainTitleMax} characters.`);
    if (!practice) return fail(line, 'the practice is empty.');
    if (practice.length > L.practiceTitleMax)
      return fail(line, `the practice is longer than ${L.practiceTitleMax} characters.`);
    const level = /^\d+$/.test(levelText) ? Number(levelText) : NaN;
    if (!Number.isInteger(level) || level < 1 || level > L.levelsMax)
      return fail(line, `the level must be a whole number from 1 to ${L.levelsMax} (found "${levelText}").`);
    if (!descriptor) return fail(line, 'the descriptor is empty.');
    if (descriptor.length > L.descriptorMax)
      return fail(line, `the descriptor is longer than ${L.descriptorMax} characters.`);
    const id = practice.toLowerCase();
    const entry = practices.get(id) ?? { domain, title: practice, levels: new Map<number, string>() };
    if (entry.domain !== domain) return fail(line, `“${practice}” is already in the domain “${entry.domain}”.`);
    if (entry.levels.has(level)) return fail(line, `“${practice}” already has a level ${level}.`);
    entry.levels.set(level, descriptor);
    practices.set(id, entry);
    if (!domains.includes(domain)) domains.push(domain);
    maxLevel = Math.max(maxLevel, level);
  });
  if (Object.keys(errors).length) return { draft: null, errors };
  if (maxLevel < L.levelsMin) return { draft: null, errors: { csv: `Give at least ${L.levelsMin} levels.` } };
  for (const p of practices.values()) {
    const missing = Array.from({ length: maxLevel }, (_, i) => i + 1).filter((n) => !p.levels.has(n));
    if (missing.length) errors[`csv.practice.${slug(p.title)}`] = `“${p.title}” has no level ${missing.join(', ')}.`;
  }
  if (practices.size > L.practicesMax) errors.csv = `A framework has at most ${L.practicesMax} practices.`;
  if (domains.length > L.domainsMax) errors.csv = `A framework has at most ${L.domainsMax} domains.`;
  if (Object.keys(errors).length) return { draft: null, errors };
  const all = [...practices.values()];
  return {
    draft: {
      levelNames: defaultLevelNames(maxLevel),
      domains: domains.map((title) => ({
        title,
        practices: all
          .filter((p) => p.domain === title)
          .map((p) => ({
            title: p.title,
            descriptors: Array.from({ length: maxLevel }, (_, i) => p.levels.get(i + 1)!),
          })),
      })),
    },
    errors: {},
  };
}

/** Every practice of a version, in order, with its domain. */
export const practicesOf = (domains: readonly StoredDomain[]) =>
  domains.flatMap((d) => d.practices.map((p) => ({ ...p, domain: d.title })));
