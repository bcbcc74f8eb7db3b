import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { useViewer } from '../../app/session';
import {
  CohortDocument,
  FeedbackProtocolsDocument,
  UpdatePromptDocument,
  ViewerDocument,
  type PromptSettingsFragment,
} from '../../generated/graphql';
import { glowGrow } from '../feedback-protocol/test-support';
import { PromptForm } from './prompt-form';

const viewer = {
  __typename: 'Me' as const,
  id: 'u1',
  email: 'fac@example.org',
  displayName: 'Fran Facilitator',
  avatarUrl: null,
  timeZone: 'Asia/Tokyo',
  guestCohorts: [],
  organizations: [],
};

const prompt: PromptSettingsFragment = {
  __typename: 'Prompt',
  id: 'p1',
  cohortId: 'c1',
  title: 'Share a routine',
  instructions: '',
  opensAt: '2026-11-25T23:30:00.000Z',
  dueAt: null,
  closesAt: null,
  acceptedKinds: ['IDEA'],
  revealRule: 'OPEN',
  revealAt: null,
  anonymity: 'NONE',
  protocolId: glowGrow.id,
  reviewMode: 'EVERYONE_SEES_ALL',
  reviewsPerContribution: 0,
  reviewGrouping: 'ANY',
  status: 'DRAFT',
  publishedAt: null,
};

/** As in the app, the form opens once the signed-in person is known. */
function FormForViewer() {
  const { viewer: me } = useViewer();
  return me ? <PromptForm organizationId="o1" cohortId="c1" prompt={prompt} /> : null;
}

describe('PromptForm dates', () => {
  it('enters and sends times in the profile’s zone, and says which zone that is', async () => {
    const sent: Array<Record<string, unknown>> = [];
    const mocks = [
      { request: { query: ViewerDocument }, result: { data: { me: viewer } } },
      {
        request: { query: FeedbackProtocolsDocument, variables: { organizationId: 'o1' } },
        result: { data: { feedbackProtocols: [glowGrow] } },
        maxUsageCount: Number.POSITIVE_INFINITY,
      },
      {
        request: { query: UpdatePromptDocument, variables: () => true },
        result: (variables: Record<string, unknown>) => {
          sent.push(variables.input as Record<string, unknown>);
          return { data: { updatePrompt: prompt } };
        },
      },
      { request: { query: CohortDocument, variables: { id: 'c1' } }, result: { data: { cohort: null } } },
    ];
    render(
      <MockedProvider mocks={mocks}>
        <MemoryRouter initialEntries={['/edit']}>
          <Routes>
            <Route path="/edit" element={<FormForViewer />} />
            <Route path="/o/o1/prompts/p1" element={<p>Prompt page</p>} />
          </Routes>
        </MemoryRouter>
      </MockedProvider>,
    );
    const opens = (await screen.findByLabelText(/^Opens/)) as HTMLInputElement;
    // 23:30 UTC is 08:30 the next morning in Tokyo, whatever zone the test machine is in.
    expect(opens.value).toBe('2026-11-26T08:30');
    expect(screen.getByText(/^Times in Asia\/Tokyo/)).toBeTruthy();

    await userEvent.setup().click(screen.getByRole('button', { name: 'Save as draft' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]!.opensAt).toBe('2026-11-25T23:30:00.000Z');
  });
});
