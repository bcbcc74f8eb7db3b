import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { SaveHuddleNoteDocument, type HuddleNoteFieldsFragment } from '../../generated/graphql';
import { MyNote } from './live-notes';

const mine = (body: string, version: number): HuddleNoteFieldsFragment => ({
  __typename: 'HuddleNote',
  agendaItemId: 'a1',
  author: { __typename: 'UserProfile', id: 'u1', displayName: 'Luis Hernández' },
  body,
  version,
  updatedAt: '2026-11-26T15:40:00.000Z',
});

describe('MyNote', () => {
  it('saves with the version it started from; on CONFLICT keeps the text and can save it over the newer one', async () => {
    const body = 'Draft from this window.';
    const mocks = [
      {
        request: {
          query: SaveHuddleNoteDocument,
          variables: { input: { agendaItemId: 'a1', body, expectedVersion: 2 } },
        },
        result: {
          errors: [
            new GraphQLError('Your notes changed in another window. Copy your text and reload.', {
              extensions: { code: 'CONFLICT', fields: { expectedVersion: 'The latest version is 3.' } },
            }),
          ],
        },
      },
      {
        request: {
          query: SaveHuddleNoteDocument,
          variables: { input: { agendaItemId: 'a1', body, expectedVersion: 3 } },
        },
        result: { data: { saveHuddleNote: mine(body, 4) } },
      },
    ];
    const user = userEvent.setup();
    const { rerender } = render(
      <MockedProvider mocks={mocks}>
        <MyNote huddleId="h1" agendaItemId="a1" itemTitle="Check-in" mine={mine('Old', 2)} />
      </MockedProvider>,
    );
    const field = screen.getByRole('textbox', { name: 'Your notes' });
    await user.clear(field);
    await user.type(field, body);
    await screen.findByText('Your notes on this item changed in another window.', {}, { timeout: 3000 });
    expect((field as HTMLTextAreaElement).value).toBe(body);

    // The other window's save arrives live (version 3); keeping this text saves over it.
    rerender(
      <MockedProvider mocks={mocks}>
        <MyNote huddleId="h1" agendaItemId="a1" itemTitle="Check-in" mine={mine('From the other window', 3)} />
      </MockedProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Keep this text' }));
    await waitFor(() => expect(screen.getByText('Saved')).toBeTruthy(), { timeout: 3000 });
    expect((field as HTMLTextAreaElement).value).toBe(body);
  });
});
