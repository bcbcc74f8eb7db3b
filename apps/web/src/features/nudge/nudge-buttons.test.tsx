import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  type NudgePreviewFieldsFragment,
  NudgePreviewsDocument,
  SendNudgeDocument,
  ViewerDocument,
} from '../../generated/graphql';
import { NudgeButtons } from './nudge-buttons';

const viewer = {
  __typename: 'Me' as const,
  id: 'f1',
  email: 'fran@example.org',
  displayName: 'Fran Facilitator',
  avatarUrl: null,
  timeZone: 'UTC',
  guestCohorts: [],
  organizations: [],
};

const recipient = (userId: string, displayName: string, over: Record<string, unknown> = {}) => ({
  __typename: 'NudgeRecipient' as const,
  userId,
  displayName,
  lastRemindedAt: null,
  remindedToday: false,
  reviewsOwed: 0,
  ...over,
});

const preview = (audience: 'NOT_POSTED' | 'OWES_REVIEWS', recipients: ReturnType<typeof recipient>[]) =>
  ({
    __typename: 'NudgePreview' as const,
    id: `p1:${audience}`,
    promptId: 'p1',
    audience,
    total: recipients.length,
    reachable: recipients.filter((r) => !r.remindedToday).length,
    namesHidden: false,
    message: 'Fran Facilitator reminded you to post to “Exit tickets”.',
    recipients,
  }) satisfies NudgePreviewFieldsFragment;

const notPosted = preview('NOT_POSTED', [
  recipient('u1', 'Ana'),
  recipient('u2', 'Ben', { lastRemindedAt: '2030-05-01T09:30:00Z' }),
  recipient('u3', 'Cy', { lastRemindedAt: '2030-05-02T08:00:00Z', remindedToday: true }),
]);

function renderButtons(owes = preview('OWES_REVIEWS', []), mocks: MockLink.MockedResponse[] = []) {
  render(
    <MockedProvider
      mocks={[
        { request: { query: ViewerDocument }, result: { data: { me: viewer } }, maxUsageCount: 10 },
        {
          request: { query: NudgePreviewsDocument, variables: { promptId: 'p1' } },
          result: { data: { notPosted, owesReviews: owes } },
          maxUsageCount: 10,
        },
        ...mocks,
      ]}
    >
      <NudgeButtons promptId="p1" />
    </MockedProvider>,
  );
}

describe('NudgeButtons', () => {
  it('offers a button per audience with its count from the API, hiding one that reaches nobody', async () => {
    renderButtons(preview('OWES_REVIEWS', [recipient('u1', 'Ana', { reviewsOwed: 2 })]));
    expect(await screen.findByRole('button', { name: 'Remind the 3 who haven’t posted' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Remind the 1 who owes reviews' })).toBeTruthy();
  });

  it('previews who it reaches and when each was last reminded, sends the edited message, then says so', async () => {
    const user = userEvent.setup();
    const message = 'Two lines by Friday, please!';
    renderButtons(undefined, [
      {
        request: { query: SendNudgeDocument, variables: { promptId: 'p1', audience: 'NOT_POSTED', message } },
        result: {
          data: {
            sendNudge: { __typename: 'NudgeResult', reached: 2, skipped: 1, preview: { ...notPosted, reachable: 0 } },
          },
        },
      },
    ]);
    expect(screen.queryByRole('button', { name: /owe reviews/ })).toBeNull();
    const open = await screen.findByRole('button', { name: 'Remind the 3 who haven’t posted' });
    await user.click(open);
    const dialog = screen.getByRole('dialog', { name: 'Remind those who haven’t posted' });
    expect(document.activeElement).toBe(within(dialog).getByRole('heading'));
    const items = within(dialog)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toEqual([
      'Ana · not reminded yet',
      expect.stringMatching(/^Ben · last reminded .*May 1/),
      'Cy · reminded today, skipped',
    ]);
    const box = within(dialog).getByRole('textbox', { name: /Message/ });
    expect((box as HTMLTextAreaElement).value).toBe(notPosted.message);
    await user.clear(box);
    await user.type(box, message);
    await user.click(within(dialog).getByRole('button', { name: 'Send to 2 people' }));
    expect(await screen.findByText('Reminded 2 people. 1 person was reminded today already and skipped.')).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('closes on Escape and returns focus to its button', async () => {
    const user = userEvent.setup();
    renderButtons();
    const open = await screen.findByRole('button', { name: 'Remind the 3 who haven’t posted' });
    await user.click(open);
    expect(screen.getByRole('dialog')).toBeTruthy();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(document.activeElement).toBe(open);
  });

  it('shows the API’s refusal next to the message', async () => {
    const user = userEvent.setup();
    renderButtons(undefined, [
      {
        request: {
          query: SendNudgeDocument,
          variables: { promptId: 'p1', audience: 'NOT_POSTED', message: notPosted.message },
        },
        result: {
          errors: [
            new GraphQLError('Some fields need attention.', {
              extensions: { code: 'BAD_USER_INPUT', fields: { message: 'At most 280 characters.' } },
            }),
          ],
        },
      },
    ]);
    await user.click(await screen.findByRole('button', { name: 'Remind the 3 who haven’t posted' }));
    await user.click(screen.getByRole('button', { name: 'Send to 2 people' }));
    expect(await screen.findByText('At most 280 characters.')).toBeTruthy();
    expect(screen.getByRole('dialog')).toBeTruthy();
  });

  it('shows nothing when the prompt cannot be nudged (the API refuses the preview)', async () => {
    render(
      <MockedProvider
        mocks={[
          {
            request: { query: NudgePreviewsDocument, variables: { promptId: 'p1' } },
            result: { errors: [new GraphQLError('This prompt is closed.', { extensions: { code: 'CONFLICT' } })] },
          },
        ]}
      >
        <NudgeButtons promptId="p1" />
      </MockedProvider>,
    );
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(screen.queryByRole('button')).toBeNull();
  });
});
