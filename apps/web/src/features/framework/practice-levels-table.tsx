import type { FrameworkPracticeFieldsFragment } from '../../generated/graphql';

/** A practice as a table: one row per level, its name and what the practice looks like there. */
export function PracticeLevelsTable({ practice }: { practice: FrameworkPracticeFieldsFragment }) {
  return (
    <table className="framework-levels">
      <caption>{practice.title}</caption>
      <thead>
        <tr>
          <th scope="col">Level</th>
          <th scope="col">What it looks like</th>
        </tr>
      </thead>
      <tbody>
        {practice.levels.map((level) => (
          <tr key={level.level}>
            <th scope="row">
              {level.level}. {level.name}
            </th>
            <td>{level.descriptor}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
