import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { RosterImportFieldsFragment } from '../../generated/graphql';
import { RosterTable } from './roster-table';

const result: RosterImportFieldsFragment = {
  __typename: 'RosterImport',
  applied: false,
  rows: [
    {
      __typename: 'RosterImportRow',
      line: 2,
      name: 'Ana Alvarez',
      email: 'ana@school.example',
      role: 'MEMBER',
      cohorts: ['Grade 7 PLC'],
      cohortRole: 'MEMBER',
      errors: [],
      steps: [
        { __typename: 'RosterRowStep', action: 'INVITE', cohortName: null },
        { __typename: 'RosterRowStep', action: 'COHORT_AFTER_JOINING', cohortName: 'Grade 7 PLC' },
      ],
    },
    {
      __typename: 'RosterImportRow',
      line: 3,
      name: 'Carl Nobody',
      email: 'not-an-email',
      role: 'MEMBER',
      cohorts: [],
      cohortRole: 'MEMBER',
      errors: ['"not-an-email" is not a valid email address.'],
      steps: [],
    },
  ],
  summary: {
    __typename: 'RosterImportSummary',
    rows: 2,
    invitations: 1,
    cohortAdditions: 0,
    unchanged: 0,
    rowsWithErrors: 1,
  },
};

describe('RosterTable', () => {
  it('says per row what importing does, and why a bad row cannot be imported', () => {
    render(<RosterTable result={result} caption="Dry run of roster.csv" />);
    expect(screen.getByRole('table', { name: 'Dry run of roster.csv' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toContain('2 rows: 1 invitations, 0 cohort additions');
    const ana = screen.getByRole('row', { name: /Ana Alvarez/ });
    expect(within(ana).getByText('Invite; Joins Grade 7 PLC on accepting')).toBeTruthy();
    const carl = screen.getByRole('row', { name: /Carl Nobody/ });
    expect(carl.className).toContain('roster-row-error');
    expect(within(carl).getByText(/not a valid email address/)).toBeTruthy();
  });
});
