import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { GiveFeedbackDocument } from '../../generated/graphql';
import { FeedbackForm, type Protocol } from './feedback-form';

const protocol: Protocol = {
  __typename: 'FeedbackProtocol',
  id: 'p1',
  name: 'Glow & Grow',
  description: 'Name what shines, then one thing to grow.',
  sections: [
    {
      __typename: 'ProtocolSectionType',
      key: 'glow',
      label: 'Glow',
      guidingQuestion: 'What is working well here?',
      sentenceStems: ['What stood out to me was…'],
      required: true,
    },
    {
      __typename: 'ProtocolSectionType',
      key: 'grow',
      label: 'Grow',
      guidingQuestion: 'What is one thing that could make it stronger?',
      sentenceStems: ['Next time you might…'],
      required: true,
    },
  ],
  rubric: [],
};

describe('FeedbackForm', () => {
  it('inserts a sentence stem into its section', async () => {
    const user = userEvent.setup();
    render(
      <MockedProvider mocks={[]}>
        <FeedbackForm
          protocol={protocol}
          contributionId="c1"
          promptId="pr1"
          mine={null}
          recipient="Luis"
          onDone={vi.fn()}
          onSent={vi.fn()}
        />
      </MockedProvider>,
    );
    const grow = screen.getByRole('textbox', { name: 'Grow (required)' });
    expect(grow.getAttribute('aria-describedby')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Next time you might…' }));
    expect((grow as HTMLTextAreaElement).value).toBe('Next time you might… ');
  });

  it('shows the server’s required-section error beside that section', async () => {
    const user = userEvent.setup();
    const message = 'Grow is required.';
    const mocks = [
      {
        request: {
          query: GiveFeedbackDocument,
          variables: {
            input: {
              contributionId: 'c1',
              answers: [
                { sectionKey: 'glow', text: 'Clear steps.' },
                { sectionKey: 'grow', text: '' },
              ],
              rubric: [],
            },
          },
        },
        result: {
          errors: [
            new GraphQLError('Some sections of the protocol need attention.', {
              extensions: { code: 'BAD_USER_INPUT', fields: { 'answers.grow': message } },
            }),
          ],
        },
      },
    ];
    const onSent = vi.fn();
    render(
      <MockedProvider mocks={mocks}>
        <FeedbackForm
          protocol={protocol}
          contributionId="c1"
          promptId="pr1"
          mine={null}
          recipient="Luis"
          onDone={vi.fn()}
          onSent={onSent}
        />
      </MockedProvider>,
    );
    await user.type(screen.getByRole('textbox', { name: 'Glow (required)' }), 'Clear steps.');
    await user.click(screen.getByRole('button', { name: 'Send feedback' }));

    await screen.findByText(message);
    const grow = screen.getByRole('textbox', { name: 'Grow (required)' });
    expect(grow.getAttribute('aria-invalid')).toBe('true');
    const described = (grow.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' ');
    expect(described).toContain(message);
    expect(screen.getByRole('textbox', { name: 'Glow (required)' }).getAttribute('aria-invalid')).toBeNull();
    // Focus moves to the field in an effect after the error renders.
    await waitFor(() => expect(document.activeElement).toBe(grow));
    expect(onSent).not.toHaveBeenCalled();
  });

  it('sends a starter left untouched as nothing, and keeps one that words follow', async () => {
    const user = userEvent.setup();
    const sent: unknown[] = [];
    const mocks = [
      {
        request: { query: GiveFeedbackDocument, variables: () => true },
        result: (variables: { input: unknown }) => {
          sent.push(variables.input);
          return { errors: [new GraphQLError('stop here', { extensions: { code: 'BAD_USER_INPUT' } })] };
        },
      },
    ];
    render(
      <MockedProvider mocks={mocks}>
        <FeedbackForm
          protocol={protocol}
          contributionId="c1"
          promptId="pr1"
          mine={null}
          recipient="Luis"
          onDone={vi.fn()}
          onSent={vi.fn()}
        />
      </MockedProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'What stood out to me was…' }));
    await user.keyboard('the clear steps.');
    await user.click(screen.getByRole('button', { name: 'Next time you might…' }));
    await user.click(screen.getByRole('button', { name: 'Send feedback' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toMatchObject({
      answers: [
        { sectionKey: 'glow', text: 'What stood out to me was… the clear steps.' },
        { sectionKey: 'grow', text: '' },
      ],
    });
  });
});
