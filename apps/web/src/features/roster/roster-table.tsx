import type { RosterImportFieldsFragment } from '../../generated/graphql';
import { ROLE_LABELS } from '../../app/roles';
import { COHORT_ROLE_LABELS } from '../prompt/prompt-words';
import { stepLabel } from './roster-words';

/** One row per line of the roster: who, with which roles, what importing does, and why a row cannot be imported. */
export function RosterTable({ result, caption }: { result: RosterImportFieldsFragment; caption: string }) {
  const { summary } = result;
  return (
    <div className="stack">
      <p className="meta" role="status">
        {summary.rows} rows: {summary.invitations} invitations, {summary.cohortAdditions} cohort additions,{' '}
        {summary.unchanged} unchanged, {summary.rowsWithErrors} with errors.
      </p>
      <div className="roster-scroll">
        <table className="roster-table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">Line</th>
              <th scope="col">Name</th>
              <th scope="col">Email</th>
              <th scope="col">Role</th>
              <th scope="col">Cohorts</th>
              <th scope="col">What happens</th>
              <th scope="col">Errors</th>
            </tr>
          </thead>
          <tbody>
            {result.rows.map((row) => (
              <tr key={row.line} className={row.errors.length ? 'roster-row-error' : undefined}>
                <td>{row.line}</td>
                <td>{row.name}</td>
                <td>{row.email}</td>
                <td>{ROLE_LABELS[row.role]}</td>
                <td>
                  {row.cohorts.length ? `${row.cohorts.join(', ')} (${COHORT_ROLE_LABELS[row.cohortRole]})` : '—'}
                </td>
                <td>{row.steps.map((s) => stepLabel(s.action, s.cohortName)).join('; ') || '—'}</td>
                <td>{row.errors.length ? row.errors.join(' ') : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
