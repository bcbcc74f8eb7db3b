import { CohortRole, LIMITS, OrgRole } from '@openhuddle/shared';
import { parse } from 'csv-parse/sync';

/** One row of a roster CSV as read, before it is compared with the organisation. */
export interface RosterRow {
  /** The line of the file the row starts on (the header is line 1). */
  line: number;
  name: string;
  email: string;
  role: OrgRole;
  cohorts: string[];
  cohortRole: CohortRole;
  errors: string[];
}

export const ROSTER_MAX_ROWS = 5000;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const HEADER_ALIASES: Record<string, keyof Columns> = {
  name: 'name',
  'display name': 'name',
  email: 'email',
  'email address': 'email',
  role: 'role',
  'organisation role': 'role',
  'organization role': 'role',
  cohort: 'cohorts',
  cohorts: 'cohorts',
  'cohort role': 'cohortRole',
  cohort_role: 'cohortRole',
};
interface Columns {
  name: number;
  email: number;
  role: number;
  cohorts: number;
  cohortRole: number;
}

/**
 * Reads a roster: a header line naming the columns (name, email, role, cohorts, cohort role; any
 * order, only email required), then one person a line. Several cohorts go in one cell separated
 * by ";". Throws a message for the whole file when it cannot be read at all.
 */
export function parseRoster(csv: string): RosterRow[] {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(csv.replace(/^\uFEFF/, ''), {
      info: true,
      skip_empty_lines: true,
      trim: true,
      relax_column_count: true,
    }) as unknown as typeof records;
  } catch (error) {
    throw new RosterFileError(`The file is not valid CSV: ${(error as Error).message}`);
  }
  if (records.length === 0)
    throw new RosterFileError('The file is empty. Start with a header line: name,email,role,cohorts.');
  const header = records[0]!.record.map((h) => h.trim().toLowerCase());
  const columns: Partial<Columns> = {};
  header.forEach((h, i) => {
    const key = HEADER_ALIASES[h];
    if (key && columns[key] === undefined) columns[key] = i;
  });
  if (columns.email === undefined) {
    throw new RosterFileError(
      'The first line must name the columns, including "email" (e.g. name,email,role,cohorts).',
    );
  }
  if (records.length - 1 > ROSTER_MAX_ROWS) {
    throw new RosterFileError(`At most ${ROSTER_MAX_ROWS} people per file; split it.`);
  }
  const cell = (record: string[], i: number | undefined) => (i === undefined ? '' : (record[i] ?? '').trim());
  const seen = new Map<string, number>();
  return records.slice(1).map(({ record, info }) => {
    const errors: string[] = [];
    const email = cell(record, columns.email).normalize('NFC').toLowerCase();
    if (!email) errors.push('Email is missing.');
    else if (!EMAIL.test(email) || email.length > LIMITS.emailMax)
      errors.push(`"${email}" is not a valid email address.`);
    else if (seen.has(email)) errors.push(`${email} is already on line ${seen.get(email)}.`);
    else seen.set(email, info.lines);
    const roleText = cell(record, columns.role).toUpperCase() || OrgRole.MEMBER;
    const role = (Object.values(OrgRole) as string[]).includes(roleText) ? (roleText as OrgRole) : OrgRole.MEMBER;
    if (role !== roleText)
      errors.push(`Unknown role "${cell(record, columns.role)}"; use member, facilitator, admin or owner.`);
    const cohortRoleText = cell(record, columns.cohortRole).toUpperCase() || CohortRole.MEMBER;
    const cohortRole = (Object.values(CohortRole) as string[]).includes(cohortRoleText)
      ? (cohortRoleText as CohortRole)
      : CohortRole.MEMBER;
    if (cohortRole !== cohortRoleText) {
      errors.push(`Unknown cohort role "${cell(record, columns.cohortRole)}"; use member, facilitator or observer.`);
    }
    const cohorts = [
      ...new Set(
        cell(record, columns.cohorts)
          .split(';')
          .map((c) => c.trim())
          .filter(Boolean),
      ),
    ];
    return {
      line: info.lines,
      name: cell(record, columns.name).slice(0, 100),
      email,
      role,
      cohorts,
      cohortRole,
      errors,
    };
  });
}

export class RosterFileError extends Error {}
