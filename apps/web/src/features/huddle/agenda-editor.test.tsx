import { InMemoryCache } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { HuddleDocument, ReorderAgendaDocument, type HuddleQuery } from '../../generated/graphql';
import { AgendaEditor } from './agenda-editor';

const item = (id: string, position: number, title: string) => ({
  __typename: 'AgendaItem' as const,
  id,
  position,
  title,
  kind: 'CUSTOM' as const,
  contributionId: null,
  timeBoxMinutes: 10,
});

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
  agenda: [item('a1', 0, 'Check-in'), item('a2', 1, 'Hinge questions'), item('a3', 2, 'Next steps')],
  notes: [],
  decisions: [],
  actionItems: [],
};

function FromCache() {
  const { data } = useQuery(HuddleDocument, { variables: { id: 'h1' }, fetchPolicy: 'cache-only' });
  return data ? <AgendaEditor huddle={data.huddle} /> : null;
}

describe('AgendaEditor', () => {
  it('moves an item with the keyboard, announces it and keeps focus on the moved item', async () => {
    const cache = new InMemoryCache();
    cache.writeQuery({ query: HuddleDocument, variables: { id: 'h1' }, data: { huddle } });
    const moved = [item('a1', 0, 'Check-in'), item('a3', 1, 'Next steps'), item('a2', 2, 'Hinge questions')];
    const mocks = [
      {
        request: {
          query: ReorderAgendaDocument,
          variables: { input: { huddleId: 'h1', agendaItemIds: ['a1', 'a3', 'a2'] } },
        },
        result: { data: { reorderAgenda: moved } },
      },
    ];
    const user = userEvent.setup();
    render(
      <MockedProvider mocks={mocks} cache={cache}>
        <FromCache />
      </MockedProvider>,
    );
    const up = screen.getByRole('button', { name: 'Move “Next steps” up' });
    expect((screen.getByRole('button', { name: 'Move “Check-in” up' }) as HTMLButtonElement).disabled).toBe(true);
    up.focus();
    await user.keyboard('{Enter}');

    await waitFor(() => {
      const titles = within(screen.getByRole('list'))
        .getAllByRole('listitem')
        .map((li) => li.textContent ?? '');
      expect(titles[1]).toContain('Next steps');
    });
    expect(screen.getByRole('status').textContent).toBe('Moved “Next steps” to position 2 of 3.');
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Move “Next steps” up' })),
    );
  });
});
