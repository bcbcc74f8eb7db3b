import type { SelfAssessmentRoundFieldsFragment } from '../../generated/graphql';

const change = (before: number | null, now: number | null) =>
  before === null || now === null ? '—' : now > before ? `+${now - before}` : now < before ? `${now - before}` : 'same';

/** The member's own levels, previous round and now, per practice. */
export function GrowthTable({ growth }: { growth: SelfAssessmentRoundFieldsFragment['viewerGrowth'] }) {
  return (
    <table className="data-table">
      <caption className="visually-hidden">Your level per practice, then and now</caption>
      <thead>
        <tr>
          <th scope="col">Practice</th>
          <th scope="col">Before</th>
          <th scope="col">Now</th>
          <th scope="col">Change</th>
        </tr>
      </thead>
      <tbody>
        {growth.map((g) => (
          <tr key={g.practiceKey}>
            <th scope="row">{g.title}</th>
            <td>{g.previousLevel ?? '—'}</td>
            <td>{g.level ?? '—'}</td>
            <td>{change(g.previousLevel ?? null, g.level ?? null)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
