import type { ObservationTrendsQuery } from '../../generated/graphql';

type Trends = ObservationTrendsQuery['observationTrends'];

const monthLabel = (month: string) =>
  new Date(`${month}-01T12:00:00Z`).toLocaleDateString(undefined, { month: 'short', year: 'numeric', timeZone: 'UTC' });

/**
 * Practices × months: how many observations and their mean level, where at least `minPeople`
 * different people were observed; other cells say only that there are too few to show.
 */
export function ObservationTrendsTable({ trends }: { trends: Trends }) {
  return (
    <div className="table-scroll">
      <table className="observation-trends">
        <caption className="visually-hidden">
          Observations per practice and month of {trends.frameworkTitle}: count and mean level (1 to{' '}
          {trends.levelNames.length})
        </caption>
        <thead>
          <tr>
            <th scope="col">Practice</th>
            {trends.months.map((m) => (
              <th key={m} scope="col">
                {monthLabel(m)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {trends.practices.map((p) => (
            <tr key={p.practiceKey}>
              <th scope="row">
                {p.title}
                <span className="meta"> · {p.domain}</span>
              </th>
              {p.months.map((c) => (
                <td key={c.month} className={c.shown ? undefined : 'observation-trend-hidden'}>
                  {c.shown ? (
                    <>
                      {c.observationCount} observations of {c.peopleCount} people
                      <br />
                      <strong>mean {c.mean}</strong>
                    </>
                  ) : (
                    <span className="meta">Fewer than {trends.minPeople} people</span>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
