import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AnswerPulseDocument, type PulseSurveyFieldsFragment } from '../../generated/graphql';
import { PulseAnswerForm } from './pulse-answer-form';
import { PulseRoundResults } from './pulse-round-results';

const round = {
  __typename: 'PulseRound' as const,
  id: 'r1',
  number: 1,
  openedAt: '2026-11-30T08:00:00.000Z',
  closesAt: '2026-12-07T08:00:00.000Z',
  open: true,
  respondentCount: 3,
  viewerHasAnswered: false,
};
const survey: PulseSurveyFieldsFragment = {
  __typename: 'PulseSurvey',
  id: 's1',
  cohortId: 'c1',
  title: 'How is the PLC going?',
  questions: ['Huddles are worth my time.', 'I feel safe sharing.'],
  commentPrompt: 'Anything else?',
  schedule: 'WEEKLY',
  windowDays: 7,
  createdAt: '2026-11-30T08:00:00.000Z',
  stoppedAt: null,
  openRound: round,
  viewerCan: { __typename: 'PulseSurveyViewerCan', answer: true, manage: false },
};

describe('answering a pulse', () => {
  it('is answered from the keyboard: Space chooses, Enter sends', async () => {
    let sent: unknown = null;
    const mocks = [
      {
        request: {
          query: AnswerPulseDocument,
          variables: (v: unknown) => {
            sent = v;
            return true;
          },
        },
        result: {
          data: {
            answerPulse: {
              ...survey,
              openRound: { ...round, respondentCount: 4, viewerHasAnswered: true },
              viewerCan: { ...survey.viewerCan, answer: false },
            },
          },
        },
      },
    ];
    const user = userEvent.setup();
    render(
      <MockedProvider mocks={mocks}>
        <PulseAnswerForm survey={survey} roundId="r1" />
      </MockedProvider>,
    );
    await user.tab();
    expect(document.activeElement).toBe(screen.getAllByRole('radio', { name: 'Strongly disagree' })[0]);
    // Space chooses the focused radio (the arrow keys between radios are the browser's, proven in e2e/pulse).
    screen.getAllByRole('radio', { name: 'Agree' })[0]!.focus();
    await user.keyboard(' ');
    screen.getAllByRole('radio', { name: 'Strongly agree' })[1]!.focus();
    await user.keyboard(' ');
    screen.getByRole('textbox').focus();
    await user.keyboard('Keep the protocol');
    screen.getByRole('button', { name: 'Send my answers' }).focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(sent).not.toBeNull());
    expect(sent).toEqual({ input: { roundId: 'r1', scores: [4, 5], comment: 'Keep the protocol' } });
  });

  it('asks for every statement before sending', async () => {
    const user = userEvent.setup();
    render(
      <MockedProvider mocks={[]}>
        <PulseAnswerForm survey={survey} roundId="r1" />
      </MockedProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Send my answers' }));
    expect((await screen.findAllByText(/Choose an answer for statement 1/)).length).toBeGreaterThan(0);
  });
});

describe('a round’s results', () => {
  const result = {
    __typename: 'PulseRoundResult' as const,
    roundId: 'r1',
    number: 1,
    openedAt: '2026-11-30T08:00:00.000Z',
    minRespondents: 5,
    questions: [],
    comments: [],
  };

  it('says how many answered and nothing else below the threshold', () => {
    render(<PulseRoundResults round={{ ...result, respondentCount: 3, shown: false }} />);
    expect(screen.getByRole('status').textContent).toBe('Results appear when 5 people have answered (3 so far).');
    expect(screen.queryByText(/mean/)).toBeNull();
  });

  it('shows each statement’s mean and the comments once shown', () => {
    render(
      <PulseRoundResults
        round={{
          ...result,
          respondentCount: 5,
          shown: true,
          questions: [
            {
              __typename: 'PulseQuestionResult',
              index: 0,
              text: 'Huddles are worth my time.',
              distribution: [0, 0, 1, 2, 2],
              mean: 4.2,
            },
          ],
          comments: ['More time, please'],
        }}
      />,
    );
    expect(screen.getByText('mean 4.2 / 5')).toBeTruthy();
    expect(screen.getByText('More time, please')).toBeTruthy();
    expect(screen.getByText(/Strongly agree: 2/)).toBeTruthy();
  });
});
