import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CreateFeedbackProtocolDocument, FeedbackProtocolsDocument } from '../../generated/graphql';
import { glowGrow, noticeWonder, renderProtocolPages } from './test-support';

const list = {
  request: { query: FeedbackProtocolsDocument, variables: { organizationId: 'o1' } },
  result: { data: { feedbackProtocols: [glowGrow, noticeWonder] } },
};

describe('ProtocolsPage', () => {
  it('shows each protocol’s sections and rubric; built-ins offer Duplicate, not Edit', async () => {
    renderProtocolPages('/o/o1/protocols', [list]);
    const builtIn = await screen.findByRole('article', { name: /Glow & Grow/ });
    expect(within(builtIn).getByText('Built-in')).toBeTruthy();
    expect(within(builtIn).getByRole('link', { name: 'Duplicate Glow & Grow' }).getAttribute('href')).toBe(
      `/o/o1/protocols/new?from=${glowGrow.id}`,
    );
    expect(within(builtIn).queryByRole('link', { name: /^Edit/ })).toBeNull();

    const own = screen.getByRole('article', { name: 'Notice & Wonder' });
    expect(within(own).getByRole('link', { name: 'Edit Notice & Wonder' }).getAttribute('href')).toBe(
      '/o/o1/protocols/p-own/edit',
    );
    const sections = within(own).getByRole('list', { name: 'Sections of Notice & Wonder' });
    expect(within(sections).getByText('Question for I notice?')).toBeTruthy();
    expect(within(sections).getByText('optional')).toBeTruthy();
    const rubric = within(own).getByRole('table', { name: 'Rubric of Notice & Wonder' });
    expect(within(rubric).getByRole('columnheader', { name: 'Proficient' })).toBeTruthy();
    expect(within(rubric).getByRole('rowheader', { name: 'Clarity' })).toBeTruthy();
    expect(within(rubric).getByRole('cell', { name: 'Easy to follow.' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'New protocol' })).toBeTruthy();
  });

  it('shows members the protocols without the controls the server would refuse', async () => {
    renderProtocolPages('/o/o1/protocols', [list], 'MEMBER');
    await screen.findByRole('article', { name: 'Notice & Wonder' });
    expect(screen.queryByRole('link', { name: /Edit|Duplicate|New protocol/ })).toBeNull();
  });

  it('Duplicate starts a new protocol prefilled from the built-in, keeping its section keys', async () => {
    const user = userEvent.setup();
    const create = vi.fn(() => ({
      data: { createFeedbackProtocol: { ...glowGrow, id: 'p-copy', builtIn: false, name: 'Glow & Grow (copy)' } },
    }));
    renderProtocolPages(`/o/o1/protocols/new?from=${glowGrow.id}`, [
      list,
      {
        request: {
          query: CreateFeedbackProtocolDocument,
          variables: {
            input: {
              organizationId: 'o1',
              name: 'Glow & Grow (copy)',
              description: glowGrow.description,
              sections: glowGrow.sections.map(({ __typename, ...s }) => s),
              rubric: [],
            },
          },
        },
        result: create,
      },
      list,
    ]);
    await screen.findByText(/A copy of “Glow & Grow”/);
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveProperty('value', 'Glow & Grow (copy)');
    const second = screen.getByRole('group', { name: 'Section 2' });
    expect(within(second).getByRole('textbox', { name: 'Label' })).toHaveProperty('value', 'Grow');
    expect(within(second).getByRole('textbox', { name: 'Sentence stems (optional)' })).toHaveProperty(
      'value',
      'Grow stem…',
    );
    await user.click(screen.getByRole('button', { name: 'Create protocol' }));
    await waitFor(() => expect(create).toHaveBeenCalled());
  });

  it('a built-in cannot be edited: the edit page offers to duplicate it', async () => {
    renderProtocolPages(`/o/o1/protocols/${glowGrow.id}/edit`, [list]);
    await screen.findByText('Built-in protocols cannot be changed');
    expect(screen.queryByRole('button', { name: 'Save changes' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Duplicate Glow & Grow' })).toBeTruthy();
  });
});
