import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import {
  CreateFeedbackProtocolDocument,
  DeleteFeedbackProtocolDocument,
  FeedbackProtocolsDocument,
} from '../../generated/graphql';
import { glowGrow, noticeWonder, renderProtocolPages } from './test-support';

const listOf = (...protocols: unknown[]) => ({
  request: { query: FeedbackProtocolsDocument, variables: { organizationId: 'o1' } },
  result: { data: { feedbackProtocols: protocols } },
});
const list = listOf(glowGrow, noticeWonder);
const usedOwn = { ...noticeWonder, id: 'p-used', name: 'Warm & Cool for labs', usedByPromptCount: 1, inUse: false };

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
    expect(screen.queryByRole('button', { name: /Delete/ })).toBeNull();
  });

  it('says how many prompts use each protocol, and offers Delete only for own protocols no prompt uses', async () => {
    renderProtocolPages('/o/o1/protocols', [listOf(glowGrow, noticeWonder, usedOwn)]);
    const own = await screen.findByRole('article', { name: 'Notice & Wonder' });
    expect(within(own).getByText('Not used by any prompt yet')).toBeTruthy();
    expect(within(own).getByRole('button', { name: 'Delete Notice & Wonder' })).toBeTruthy();
    const used = screen.getByRole('article', { name: 'Warm & Cool for labs' });
    expect(within(used).getByText('Used by 1 prompt')).toBeTruthy();
    expect(within(used).queryByRole('button', { name: /Delete/ })).toBeNull();
    const builtIn = screen.getByRole('article', { name: /Glow & Grow/ });
    expect(within(builtIn).getByText('Used by 3 prompts')).toBeTruthy();
    expect(within(builtIn).queryByRole('button', { name: /Delete/ })).toBeNull();
  });

  it('deletes after a confirm step, all by keyboard (Escape cancels), and says so', async () => {
    const user = userEvent.setup();
    const remove = vi.fn(() => ({ data: { deleteFeedbackProtocol: true } }));
    renderProtocolPages('/o/o1/protocols', [
      listOf(glowGrow, noticeWonder, usedOwn),
      { request: { query: DeleteFeedbackProtocolDocument, variables: { id: 'p-own' } }, result: remove },
    ]);
    const card = await screen.findByRole('article', { name: 'Notice & Wonder' });
    within(card).getByRole('button', { name: 'Delete Notice & Wonder' }).focus();
    await user.keyboard('{Enter}');
    const confirm = within(card).getByRole('group', { name: 'Confirm deleting Notice & Wonder' });
    const yes = within(confirm).getByRole('button', { name: 'Yes, delete Notice & Wonder' });
    await waitFor(() => expect(document.activeElement).toBe(yes));
    await user.keyboard('{Escape}');
    const again = within(card).getByRole('button', { name: 'Delete Notice & Wonder' });
    await waitFor(() => expect(document.activeElement).toBe(again));
    expect(remove).not.toHaveBeenCalled();

    await user.keyboard('{Enter}');
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Yes, delete Notice & Wonder' })),
    );
    await user.keyboard('{Enter}');
    await waitFor(() => expect(remove).toHaveBeenCalled());
    const done = await screen.findByText('Deleted “Notice & Wonder”.');
    await waitFor(() => expect(screen.queryByRole('article', { name: 'Notice & Wonder' })).toBeNull());
    await waitFor(() => expect(done.closest('[role="status"]')).toBe(document.activeElement));
    expect(screen.getByRole('article', { name: 'Warm & Cool for labs' })).toBeTruthy();
  });

  it('reports a refused delete (a prompt picked it meanwhile) and refreshes the counts', async () => {
    const user = userEvent.setup();
    const message =
      '1 prompt uses “Notice & Wonder”, so it cannot be deleted. Pick another protocol for that prompt first, or keep it.';
    renderProtocolPages('/o/o1/protocols', [
      list,
      {
        request: { query: DeleteFeedbackProtocolDocument, variables: { id: 'p-own' } },
        result: { errors: [new GraphQLError(message, { extensions: { code: 'CONFLICT' } })] },
      },
      listOf(glowGrow, { ...noticeWonder, usedByPromptCount: 1 }),
    ]);
    const card = await screen.findByRole('article', { name: 'Notice & Wonder' });
    await user.click(within(card).getByRole('button', { name: 'Delete Notice & Wonder' }));
    await user.click(within(card).getByRole('button', { name: 'Yes, delete Notice & Wonder' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(message);
    await waitFor(() => expect(document.activeElement).toBe(alert));
    await within(card).findByText('Used by 1 prompt');
    expect(within(card).queryByRole('button', { name: /Delete/ })).toBeNull();
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
