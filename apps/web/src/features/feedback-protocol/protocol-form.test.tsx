import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import {
  CreateFeedbackProtocolDocument,
  FeedbackProtocolsDocument,
  UpdateFeedbackProtocolDocument,
} from '../../generated/graphql';
import { glowGrow, noticeWonder, renderProtocolPages, section } from './test-support';

const list = (...protocols: unknown[]) => ({
  request: { query: FeedbackProtocolsDocument, variables: { organizationId: 'o1' } },
  result: { data: { feedbackProtocols: protocols } },
});

const group = (name: string) => screen.getByRole('group', { name });

describe('ProtocolForm', () => {
  it('builds sections and a rubric with buttons (reordering by keyboard) and sends them in order', async () => {
    const created = {
      ...noticeWonder,
      id: 'p-new',
      name: 'Notice & Wonder',
      description: 'Slow looking.',
      sections: [section('iWonder', 'I wonder'), section('iNotice', 'I notice')],
      rubric: [
        {
          __typename: 'RubricCriterionType',
          key: 'clarity',
          label: 'Clarity',
          levels: ['Emerging', 'Developing', 'Proficient', 'Exemplary'].map((label, i) => ({
            __typename: 'RubricLevelType',
            value: i + 1,
            label,
            descriptor: i === 3 ? 'Anyone could try it.' : '',
          })),
        },
      ],
    };
    const create = vi.fn(() => ({ data: { createFeedbackProtocol: created } }));
    const mocks = [
      {
        request: {
          query: CreateFeedbackProtocolDocument,
          variables: {
            input: {
              organizationId: 'o1',
              name: 'Notice & Wonder',
              description: 'Slow looking.',
              sections: [
                {
                  key: 'iWonder',
                  label: 'I wonder',
                  guidingQuestion: '',
                  sentenceStems: ['I wonder whether…', 'I wonder why…'],
                  required: false,
                },
                {
                  key: 'iNotice',
                  label: 'I notice',
                  guidingQuestion: 'What do you see?',
                  sentenceStems: [],
                  required: true,
                },
              ],
              rubric: [
                {
                  key: 'clarity',
                  label: 'Clarity',
                  levels: [
                    { value: 1, label: 'Emerging', descriptor: '' },
                    { value: 2, label: 'Developing', descriptor: '' },
                    { value: 3, label: 'Proficient', descriptor: '' },
                    { value: 4, label: 'Exemplary', descriptor: 'Anyone could try it.' },
                  ],
                },
              ],
            },
          },
        },
        result: create,
      },
      // Refetched after creating, then again by the list page (it shows the cache, then the server's counts).
      list(created, glowGrow),
      list(created, glowGrow),
    ];
    const user = userEvent.setup();
    renderProtocolPages('/o/o1/protocols/new', mocks);

    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Notice & Wonder');
    await user.type(screen.getByRole('textbox', { name: 'Description (optional)' }), 'Slow looking.');
    const first = group('Section 1');
    await user.type(within(first).getByRole('textbox', { name: 'Label' }), 'I notice');
    await user.type(within(first).getByRole('textbox', { name: 'Guiding question (optional)' }), 'What do you see?');

    // A new section gets focus on its label.
    await user.click(screen.getByRole('button', { name: '+ Add section' }));
    const second = group('Section 2');
    const label = within(second).getByRole('textbox', { name: 'Label' });
    await waitFor(() => expect(document.activeElement).toBe(label));
    await user.type(label, 'I wonder');
    await user.type(
      within(second).getByRole('textbox', { name: 'Sentence stems (optional)' }),
      'I wonder whether…{Enter}I wonder why…',
    );
    await user.click(within(second).getByRole('checkbox', { name: /Required/ }));

    // Move it up with the keyboard: the move is announced and focus stays on the moved section.
    expect((screen.getByRole('button', { name: 'Move “I notice” up' }) as HTMLButtonElement).disabled).toBe(true);
    screen.getByRole('button', { name: 'Move “I wonder” up' }).focus();
    await user.keyboard('{Enter}');
    expect(within(group('Section 1')).getByRole('textbox', { name: 'Label' })).toHaveProperty('value', 'I wonder');
    expect(screen.getByText('Moved “I wonder” to position 1 of 2.')).toBeTruthy();
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Move “I wonder” down' })),
    );

    // A criterion comes with four levels to name and describe.
    await user.click(screen.getByRole('button', { name: '+ Add criterion' }));
    const criterion = group('Criterion 1');
    await user.type(within(criterion).getByRole('textbox', { name: 'Criterion' }), 'Clarity');
    expect(within(criterion).getByRole('textbox', { name: 'Level 1 name' })).toHaveProperty('value', 'Emerging');
    await user.type(within(criterion).getByRole('textbox', { name: 'Level 4 descriptor' }), 'Anyone could try it.');

    await user.click(screen.getByRole('button', { name: 'Create protocol' }));
    await waitFor(() => expect(create).toHaveBeenCalled());
    // Back on the list, which says what was created.
    await screen.findByRole('heading', { level: 1, name: 'Feedback protocols' });
    await screen.findByText(/Created “Notice & Wonder”/);
  });

  it('shows server errors beside their rows, moves focus to the first, and keeps them with a moved row', async () => {
    const user = userEvent.setup();
    const mocks = [
      list(noticeWonder, glowGrow),
      {
        request: {
          query: UpdateFeedbackProtocolDocument,
          variables: {
            input: {
              organizationId: 'o1',
              protocolId: 'p-own',
              name: 'Notice & Wonder',
              description: '',
              sections: [
                {
                  key: 'notice',
                  label: 'I notice',
                  guidingQuestion: 'Question for I notice?',
                  sentenceStems: ['I notice stem…'],
                  required: true,
                },
                {
                  key: 'wonder',
                  label: 'I wonder',
                  guidingQuestion: 'Question for I wonder?',
                  sentenceStems: ['I wonder stem…'],
                  required: false,
                },
              ],
              rubric: [
                {
                  key: 'clarity',
                  label: 'Clarity',
                  levels: [
                    { value: 1, label: 'Emerging', descriptor: 'Hard to follow.' },
                    { value: 2, label: 'Proficient', descriptor: 'Easy to follow.' },
                  ],
                },
              ],
            },
          },
        },
        result: {
          errors: [
            new GraphQLError('Some fields need attention.', {
              extensions: {
                code: 'BAD_USER_INPUT',
                fields: {
                  'sections.1.guidingQuestion': 'Keep the question under 300 characters.',
                  'rubric.0.levels.1.label': 'Use 1 to 60 characters.',
                },
              },
            }),
          ],
        },
      },
    ];
    renderProtocolPages('/o/o1/protocols/p-own/edit', mocks);
    await screen.findByRole('heading', { level: 1, name: 'Edit “Notice & Wonder”' });
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    await screen.findByText('Keep the question under 300 characters.');
    const question = within(group('Section 2')).getByRole('textbox', { name: 'Guiding question (optional)' });
    expect(question.getAttribute('aria-invalid')).toBe('true');
    expect(describedText(question)).toContain('Keep the question under 300 characters.');
    const level = within(group('Criterion 1')).getByRole('textbox', { name: 'Level 2 name' });
    expect(level.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('2 fields need your attention.')).toBeTruthy();
    // Focus goes to the first field to fix.
    await waitFor(() => expect(document.activeElement).toBe(question));

    // The message belongs to “I wonder”, wherever it moves.
    await user.click(screen.getByRole('button', { name: 'Move “I wonder” up' }));
    const moved = within(group('Section 1')).getByRole('textbox', { name: 'Guiding question (optional)' });
    expect(moved).toHaveProperty('value', 'Question for I wonder?');
    expect(moved.getAttribute('aria-invalid')).toBe('true');
    expect(
      within(group('Section 2'))
        .getByRole('textbox', { name: 'Guiding question (optional)' })
        .getAttribute('aria-invalid'),
    ).toBeNull();
  });

  it('once feedback follows the protocol, says why and keeps its sections, criteria and levels; new rows stay free', async () => {
    const user = userEvent.setup();
    const inUse = { ...noticeWonder, usedByPromptCount: 2, inUse: true };
    const update = vi.fn(() => ({ data: { updateFeedbackProtocol: inUse } }));
    const clarity = {
      key: 'clarity',
      label: 'Clear to a colleague',
      levels: [
        { value: 1, label: 'Emerging', descriptor: 'Hard to follow.' },
        { value: 2, label: 'Proficient', descriptor: 'Easy to follow.' },
      ],
    };
    renderProtocolPages('/o/o1/protocols/p-own/edit', [
      list(inUse, glowGrow),
      {
        request: {
          query: UpdateFeedbackProtocolDocument,
          variables: {
            input: {
              organizationId: 'o1',
              protocolId: 'p-own',
              name: 'Notice & Wonder',
              description: '',
              sections: [
                {
                  key: 'wonder',
                  label: 'I wonder',
                  guidingQuestion: 'Question for I wonder?',
                  sentenceStems: ['I wonder stem…'],
                  required: false,
                },
                {
                  key: 'notice',
                  label: 'What I noticed',
                  guidingQuestion: 'Question for I notice?',
                  sentenceStems: ['I notice stem…'],
                  required: true,
                },
              ],
              rubric: [
                clarity,
                {
                  key: 'evidence',
                  label: 'Evidence',
                  levels: [
                    { value: 1, label: 'Emerging', descriptor: '' },
                    { value: 2, label: 'Developing', descriptor: '' },
                    { value: 3, label: 'Proficient', descriptor: '' },
                  ],
                },
              ],
            },
          },
        },
        result: update,
      },
      list(inUse, glowGrow),
    ]);
    const note = await screen.findByText('Feedback already follows this protocol');
    expect(screen.getByRole('link', { name: 'Duplicate Notice & Wonder' }).getAttribute('href')).toBe(
      '/o/o1/protocols/new?from=p-own',
    );

    // Existing rows: Remove is disabled and points to the explanation; moving and renaming still work.
    const removeNotice = screen.getByRole('button', { name: 'Remove “I notice”' }) as HTMLButtonElement;
    expect(removeNotice.disabled).toBe(true);
    expect(describedText(removeNotice)).toContain(note.textContent);
    expect((screen.getByRole('button', { name: 'Remove “Clarity”' }) as HTMLButtonElement).disabled).toBe(true);
    const criterion = group('Criterion 1');
    for (const button of within(criterion).getAllByRole('button', { name: /^Remove level/ })) {
      expect((button as HTMLButtonElement).disabled).toBe(true);
      expect(describedText(button)).toContain('their number and order stay');
    }
    expect((within(criterion).getByRole('button', { name: /Add level/ }) as HTMLButtonElement).disabled).toBe(true);
    const label = within(group('Section 1')).getByRole('textbox', { name: 'Label' });
    await user.clear(label);
    await user.type(label, 'What I noticed');
    await user.click(screen.getByRole('button', { name: 'Move “I wonder” up' }));
    const clarityLabel = within(criterion).getByRole('textbox', { name: 'Criterion' });
    await user.clear(clarityLabel);
    await user.type(clarityLabel, 'Clear to a colleague');

    // A new section and criterion can be removed, and the criterion's levels changed.
    await user.click(screen.getByRole('button', { name: '+ Add section' }));
    expect((screen.getByRole('button', { name: 'Remove section 3' }) as HTMLButtonElement).disabled).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Remove section 3' }));
    await user.click(screen.getByRole('button', { name: '+ Add criterion' }));
    const added = group('Criterion 2');
    await user.type(within(added).getByRole('textbox', { name: 'Criterion' }), 'Evidence');
    expect((screen.getByRole('button', { name: 'Remove “Evidence”' }) as HTMLButtonElement).disabled).toBe(false);
    await user.click(within(added).getByRole('button', { name: 'Remove level 4 of “Evidence”' }));
    expect((within(added).getByRole('button', { name: /Add level/ }) as HTMLButtonElement).disabled).toBe(false);

    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(update).toHaveBeenCalled());
    await screen.findByText(/Saved “Notice & Wonder”/);
  });

  it('shows a refusal because feedback arrived meanwhile beside its group, and locks the rows it refers to', async () => {
    const user = userEvent.setup();
    const inUse = { ...noticeWonder, usedByPromptCount: 1, inUse: true };
    const message =
      'Feedback already uses the section “I wonder”, so it stays (you can rename it). Duplicate the protocol to change it.';
    renderProtocolPages('/o/o1/protocols/p-own/edit', [
      list(noticeWonder, glowGrow),
      {
        request: { query: UpdateFeedbackProtocolDocument, variables: () => true },
        result: {
          errors: [
            new GraphQLError(
              'Feedback already follows this protocol, so its sections, criteria and levels stay. Duplicate the protocol to change them.',
              { extensions: { code: 'CONFLICT', fields: { sections: message } } },
            ),
          ],
        },
      },
      list(inUse, glowGrow),
    ]);
    await screen.findByRole('heading', { level: 1, name: 'Edit “Notice & Wonder”' });
    expect(screen.queryByText('Feedback already follows this protocol')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Remove “I wonder”' }));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    await screen.findByText(message);
    const sections = screen.getByRole('group', { name: 'Sections' });
    expect(sections.getAttribute('aria-invalid')).toBe('true');
    await waitFor(() => expect(document.activeElement).toBe(sections));
    // Refreshed: the protocol is in use now, so what is left of it is kept.
    await screen.findByText('Feedback already follows this protocol');
    expect((screen.getByRole('button', { name: 'Remove “Clarity”' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('checks obvious gaps before sending: focus goes to the first blank label', async () => {
    const user = userEvent.setup();
    const create = vi.fn();
    renderProtocolPages('/o/o1/protocols/new', [
      { request: { query: CreateFeedbackProtocolDocument, variables: () => true }, result: create },
    ]);
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Quick check');
    await user.click(screen.getByRole('button', { name: 'Create protocol' }));
    const label = within(group('Section 1')).getByRole('textbox', { name: 'Label' });
    await screen.findByText('Give the section a label.');
    await waitFor(() => expect(document.activeElement).toBe(label));
    expect(create).not.toHaveBeenCalled();
  });
});

function describedText(el: HTMLElement): string {
  return (el.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
}
