import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { SubmitSelfAssessmentDocument, type SelfAssessmentRoundFieldsFragment } from '../../generated/graphql';
import { SelfAssessmentForm } from './self-assessment-form';
import { type DraftTeam, TeamBoard } from './team-board';

const level = (n: number, name: string, descriptor: string) => ({
  __typename: 'FrameworkLevel' as const,
  level: n,
  name,
  descriptor,
});
const practice = (key: string, title: string) => ({
  __typename: 'FrameworkPractice' as const,
  key,
  title,
  domain: 'Planning',
  levels: [level(1, 'Beginning', `${title} at the start.`), level(2, 'Leading', `${title} shared with others.`)],
});
const round: SelfAssessmentRoundFieldsFragment = {
  __typename: 'SelfAssessmentRound',
  id: 'r1',
  title: 'Autumn',
  cohortId: 'c1',
  scope: 'PLC',
  visibility: 'AGGREGATE_ONLY',
  visibilityStatement: 'Only you see your ratings.',
  opensAt: '2026-11-30T08:00:00.000Z',
  closesAt: '2026-12-07T08:00:00.000Z',
  open: true,
  respondentCount: 0,
  framework: {
    __typename: 'Framework',
    id: 'f1',
    version: 1,
    title: 'F',
    levelNames: ['Beginning', 'Leading'],
    domains: [
      {
        __typename: 'FrameworkDomain',
        title: 'Planning',
        practices: [practice('formative', 'Formative assessment'), practice('talk', 'Student discussion')],
      },
    ],
  },
  viewerAssessment: null,
  viewerGrowth: [],
  previousRoundTitle: null,
  viewerCan: { __typename: 'SelfAssessmentRoundViewerCan', answer: true, viewResults: false, seeIndividuals: false },
};

describe('the self-assessment form', () => {
  it('is answered from the keyboard: descriptors label the radios, Space picks a practice to grow, Enter sends', async () => {
    let sent: { input: unknown } | null = null;
    const mocks = [
      {
        request: {
          query: SubmitSelfAssessmentDocument,
          variables: (v: unknown) => {
            sent = v as { input: unknown };
            return true;
          },
        },
        result: { data: { submitSelfAssessment: round } },
      },
    ];
    const user = userEvent.setup();
    render(
      <MockedProvider mocks={mocks}>
        <SelfAssessmentForm organizationId="o1" round={round} />
      </MockedProvider>,
    );
    // (The arrow keys between levels are exercised in the browser journey: jsdom lacks CSS.escape for them.)
    const second = screen.getByRole('radio', { name: /Formative assessment shared with others\./ });
    expect(screen.getByRole('group', { name: 'Formative assessment' })).toBeTruthy();
    second.focus();
    await user.keyboard(' ');
    await user.tab(); // the note
    await user.keyboard('Exit tickets');
    await user.tab(); // hint-free: next practice's radios
    await user.keyboard(' ');
    await user.tab(); // its note
    await user.tab(); // first growth checkbox
    await user.keyboard(' ');
    await user.tab();
    await user.tab(); // the button
    await user.keyboard('{Enter}');
    await waitFor(() => expect(sent).not.toBeNull());
    expect(sent!.input).toEqual({
      organizationId: 'o1',
      roundId: 'r1',
      growthPracticeKeys: ['formative'],
      ratings: [
        { practiceKey: 'formative', level: 2, note: 'Exit tickets' },
        { practiceKey: 'talk', level: 1, note: '' },
      ],
    });
  });
});

describe('the team board', () => {
  it('moves a person to another team with the keyboard', async () => {
    const suggestion = (title: string) => ({
      __typename: 'TeamSuggestion' as const,
      practiceKey: title,
      practiceTitle: title,
      explanation: `These chose ${title}.`,
      warnings: [],
      members: [],
    });
    const start: DraftTeam[] = [
      {
        name: 'A',
        suggestion: suggestion('A'),
        members: [
          { userId: 'u1', name: 'Ana' },
          { userId: 'u2', name: 'Ben' },
        ],
      },
      { name: 'B', suggestion: suggestion('B'), members: [{ userId: 'u3', name: 'Cy' }] },
    ];
    function Board() {
      const [teams, setTeams] = useState(start);
      return <TeamBoard teams={teams} onChange={setTeams} />;
    }
    const user = userEvent.setup();
    render(<Board />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Move Ben to' }), 'Team 2: B');
    const second = screen.getByRole('list', { name: 'Members of team 2' });
    expect(second.textContent).toContain('Ben');
    expect(screen.getByRole('list', { name: 'Members of team 1' }).textContent).not.toContain('Ben');
  });
});
