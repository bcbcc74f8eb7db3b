import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { UnsubscribeDocument, UnsubscribeLinkDocument, ViewerDocument } from '../../generated/graphql';
import { UnsubscribePage } from './unsubscribe-page';

const link = {
  request: { query: UnsubscribeLinkDocument, variables: { token: 'tok' } },
  result: {
    data: {
      unsubscribeLink: {
        __typename: 'UnsubscribeLink' as const,
        organizationId: 'o1',
        organizationName: 'Riverside',
        kind: 'FEEDBACK_RECEIVED',
        digest: false,
      },
    },
  },
};
const unsubscribe = (all: boolean) => ({
  request: { query: UnsubscribeDocument, variables: { token: 'tok', all } },
  result: {
    data: { unsubscribe: { __typename: 'UnsubscribeLink' as const, kind: 'FEEDBACK_RECEIVED', digest: false } },
  },
});

function renderPage(mocks: unknown[]) {
  return render(
    <MockedProvider
      mocks={[{ request: { query: ViewerDocument }, result: { data: { me: null } } }, link, ...(mocks as [])]}
    >
      <MemoryRouter initialEntries={['/unsubscribe/tok']}>
        <Routes>
          <Route path="/unsubscribe/:token" element={<UnsubscribePage />} />
        </Routes>
      </MemoryRouter>
    </MockedProvider>,
  );
}

describe('UnsubscribePage', () => {
  it('says what the link is about and changes nothing until asked', async () => {
    const user = userEvent.setup();
    renderPage([unsubscribe(false)]);
    expect(await screen.findByText('This email told you when: feedback on your contribution.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Stop these emails' }));
    expect(await screen.findByText(/no more email when: feedback on your contribution/)).toBeTruthy();
  });

  it('can stop all email of the organisation', async () => {
    const user = userEvent.setup();
    renderPage([unsubscribe(true)]);
    await user.click(await screen.findByRole('button', { name: 'Stop all email from Riverside' }));
    expect(await screen.findByText('You will get no more email from Riverside.', { exact: false })).toBeTruthy();
  });
});
