import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PracticeLevelsTable } from './practice-levels-table';

describe('a practice’s levels', () => {
  it('is a table named by the practice, one row header per level', () => {
    render(
      <PracticeLevelsTable
        practice={{
          __typename: 'FrameworkPractice',
          key: 'formative-assessment',
          title: 'Formative assessment',
          domain: 'Planning',
          levels: [
            { __typename: 'FrameworkLevel', level: 1, name: 'Beginning', descriptor: 'Checks at the end of a unit.' },
            { __typename: 'FrameworkLevel', level: 2, name: 'Developing', descriptor: 'Quick checks in some lessons.' },
          ],
        }}
      />,
    );
    const table = screen.getByRole('table', { name: 'Formative assessment' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(within(rows[2]!).getByRole('rowheader').textContent).toBe('2. Developing');
    expect(within(rows[2]!).getByRole('cell').textContent).toBe('Quick checks in some lessons.');
  });
});
