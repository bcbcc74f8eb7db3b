import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { EditContributionDocument, type ContributionFieldsFragment } from '../../generated/graphql';
import { ReviseForm } from './revise-form';
import { NO_FEEDBACK } from '../../test/empty-feedback';

const contribution: ContributionFieldsFragment = {
  __typename: 'Contribution',
  id: 'c1',
  promptId: 'p1',
  kind: 'IDEA',
  body: 'First version.',
  links: [],
  attachments: [],
  status: 'PUBLISHED',
  publishedAt: '2026-11-20T10:00:00.000Z',
  version: 2,
  updatedAt: '2026-11-20T10:00:00.000Z',
  author: { __typename: 'UserProfile', id: 'u1', displayName: 'Luis Hernández', avatarUrl: null },
  authorIsGuest: false,
  isAnonymous: false,
  isMine: true,
  spotlighted: false,
  viewerReviewAssignment: null,
  viewerOpenReviewsElsewhere: [],
  viewerCan: {
    __typename: 'ContributionPermissions',
    edit: false,
    delete: false,
    spotlight: false,
    react: true,
    comment: true,
    giveFeedback: false,
    report: false,
  },
  reactions: [],
  ...NO_FEEDBACK,
  comments: [],
  revisions: [],
};

describe('ReviseForm', () => {
  it('on CONFLICT shows the server’s explanation and keeps what the person wrote', async () => {
    const message =
      'This was changed elsewhere since you opened it (now version 3). Copy your text, reload, and merge.';
    const mocks = [
      {
        request: {
          query: EditContributionDocument,
          variables: {
            input: { contributionId: 'c1', expectedVersion: 2, kind: 'IDEA', body: 'My careful rewrite.', links: [] },
          },
        },
        result: {
          errors: [
            new GraphQLError(message, {
              extensions: { code: 'CONFLICT', fields: { expectedVersion: 'The latest version is 3.' } },
            }),
          ],
        },
      },
    ];
    const onDone = vi.fn();
    const user = userEvent.setup();
    render(
      <MockedProvider mocks={mocks}>
        <ReviseForm contribution={contribution} acceptedKinds={['IDEA']} onDone={onDone} />
      </MockedProvider>,
    );
    const body = screen.getByRole('textbox', { name: 'Contribution' });
    await user.clear(body);
    await user.type(body, 'My careful rewrite.');
    await user.click(screen.getByRole('button', { name: 'Save revision' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('changed elsewhere');
    expect((screen.getByRole('textbox', { name: 'Contribution' }) as HTMLTextAreaElement).value).toBe(
      'My careful rewrite.',
    );
    expect(onDone).not.toHaveBeenCalled();
  });
});
