import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { SaveDraftDocument } from '../../generated/graphql';
import { Composer } from './composer';

function saved(id: string, version: number) {
  return {
    data: {
      saveDraft: { __typename: 'Contribution', id, version, updatedAt: '2026-11-25T10:00:00.000Z', status: 'DRAFT' },
    },
  };
}

describe('Composer', () => {
  it('autosaves a new draft, then saves later edits on top of the version it got back', async () => {
    const first = vi.fn(() => saved('c1', 1));
    const second = vi.fn(() => saved('c1', 2));
    const mocks = [
      {
        request: {
          query: SaveDraftDocument,
          variables: { input: { promptId: 'p1', kind: 'IDEA', body: 'Hello', links: [] } },
        },
        result: first,
      },
      {
        request: {
          query: SaveDraftDocument,
          variables: {
            input: {
              promptId: 'p1',
              contributionId: 'c1',
              expectedVersion: 1,
              kind: 'IDEA',
              body: 'Hello again',
              links: [],
            },
          },
        },
        result: second,
      },
    ];
    const user = userEvent.setup();
    render(
      <MockedProvider mocks={mocks}>
        <Composer promptId="p1" organizationId="o1" acceptedKinds={['IDEA']} draft={null} onPublished={vi.fn()} />
      </MockedProvider>,
    );
    const body = screen.getByRole('textbox', { name: 'What you want to share' });
    await user.type(body, 'Hello');
    await waitFor(() => expect(first).toHaveBeenCalled(), { timeout: 3000 });
    await screen.findByText('Draft saved', { selector: '[role="status"]' });
    await user.type(body, ' again');
    await waitFor(() => expect(second).toHaveBeenCalled(), { timeout: 3000 });
    await waitFor(() => expect(screen.getByText('Draft saved', { selector: '[role="status"]' })).toBeTruthy());
  });
});
