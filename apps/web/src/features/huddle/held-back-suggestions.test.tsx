import { InMemoryCache } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import {
  AddAgendaItemDocument,
  HeldBackAgendaSuggestionsDocument,
  HuddleDocument,
  SuggestAgendaDocument,
  type HuddleQuery,
} from '../../generated/graphql';
import { AgendaEditor } from './agenda-editor';

const huddle: HuddleQuery['huddle'] = {
  __typename: 'Huddle',
  id: 'h1',
  title: 'Thursday huddle',
  startsAt: '2026-11-26T15:30:00.000Z',
  durationMinutes: 45,
  joinUrl: null,
  status: 'SCHEDULED',
  promptIds: [],
  nudgeHours: [48, 2],
  viewerCan: { __typename: 'HuddlePermissions', facilitate: true },
  cohortId: 'c1',
  startedAt: null,
  endedAt: null,
  currentAgendaItemId: null,
  minutes: null,
  prompts: [],
  agenda: [],
  notes: [],
  decisions: [],
  actionItems: [],
};

const held = {
  __typename: 'HeldBackSuggestion' as const,
  title: 'Needs discussion: Zebra strategy',
  kind: 'NEEDS_DISCUSSION' as const,
  contributionId: 'c9',
  reason: '“Post first” reveals posts to members only after they post; not every member has.',
  facilitatorsOnly: false,
  titleIfAdded: 'Needs discussion: a post to “Post first” (visible to members who have posted)',
  timeBoxMinutes: 8,
};

function FromCache() {
  const { data } = useQuery(HuddleDocument, { variables: { id: 'h1' }, fetchPolicy: 'cache-only' });
  return data ? <AgendaEditor huddle={data.huddle} /> : null;
}

describe('Suggest from brief', () => {
  it('says why a flagged contribution is not suggested, and adds it anyway under a title that does not quote it', async () => {
    const cache = new InMemoryCache();
    cache.writeQuery({ query: HuddleDocument, variables: { id: 'h1' }, data: { huddle } });
    const added: unknown[] = [];
    const mocks = [
      {
        request: { query: SuggestAgendaDocument, variables: { huddleId: 'h1' } },
        result: { data: { suggestAgenda: [] } },
      },
      { request: { query: HuddleDocument, variables: { id: 'h1' } }, result: { data: { huddle } }, maxUsageCount: 3 },
      {
        request: { query: HeldBackAgendaSuggestionsDocument, variables: { huddleId: 'h1' } },
        result: { data: { heldBackAgendaSuggestions: [held] } },
      },
      {
        request: { query: AddAgendaItemDocument, variables: () => true },
        result: (variables: { input: unknown }) => {
          added.push(variables.input);
          return {
            data: {
              addAgendaItem: {
                __typename: 'AgendaItem',
                id: 'a1',
                position: 0,
                title: held.titleIfAdded,
                kind: 'CUSTOM',
                contributionId: null,
                timeBoxMinutes: 8,
              },
            },
          };
        },
      },
    ];
    const user = userEvent.setup();
    render(
      <MockedProvider mocks={mocks} cache={cache}>
        <FromCache />
      </MockedProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Suggest from brief' }));
    expect(await screen.findByText(/Why not: “Post first” reveals posts to members only after they post/)).toBeTruthy();
    expect(screen.getByText('No new suggestions from what every member may see.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: /^Add anyway/ }));
    await waitFor(() => expect(added).toHaveLength(1));
    expect(added[0]).toEqual({ huddleId: 'h1', title: held.titleIfAdded, timeBoxMinutes: 8 });
  });
});
