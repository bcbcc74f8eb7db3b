import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ReportContentDocument } from '../../generated/graphql';
import { ReportButton } from './report-dialog';

const input = { subjectType: 'FEEDBACK', subjectId: 'f1', reason: 'HARASSMENT', note: 'Mocks my accent' } as const;

function renderButton(mocks: MockLink.MockedResponse[] = []) {
  render(
    <MockedProvider mocks={mocks}>
      <ReportButton subjectType="FEEDBACK" subjectId="f1" authorName="Ana" />
    </MockedProvider>,
  );
}

describe('ReportButton and its dialog', () => {
  it('sends the reason and note, then says it was reported instead of offering the button again', async () => {
    const user = userEvent.setup();
    renderButton([
      {
        request: { query: ReportContentDocument, variables: { input } },
        result: { data: { reportContent: { __typename: 'ReportReceipt', id: 'r1', status: 'OPEN' } } },
      },
    ]);
    await user.click(screen.getByRole('button', { name: 'Report Ana’s feedback' }));
    const dialog = screen.getByRole('dialog', { name: 'Report this feedback' });
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Report this feedback' }));
    expect(dialog.textContent).toContain('The author is not told who reported');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Reason' }), 'HARASSMENT');
    await user.type(screen.getByRole('textbox', { name: /Note/ }), 'Mocks my accent');
    await user.click(screen.getByRole('button', { name: 'Send report' }));
    expect(await screen.findByRole('status')).toHaveProperty(
      'textContent',
      'Reported. The facilitators will take a look.',
    );
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.queryByRole('button', { name: /Report/ })).toBeNull();
  });

  it('asks for a reason before sending anything, and Escape closes the dialog', async () => {
    const user = userEvent.setup();
    renderButton(); // no mock: a request would fail the test with an error in the dialog
    await user.click(screen.getByRole('button', { name: 'Report Ana’s feedback' }));
    await user.click(screen.getByRole('button', { name: 'Send report' }));
    const reason = screen.getByRole('combobox', { name: 'Reason' });
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Pick a reason from the list.')).toBeTruthy();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('shows the API’s refusal (one’s own content) in the dialog', async () => {
    const user = userEvent.setup();
    renderButton([
      {
        request: { query: ReportContentDocument, variables: { input: { ...input, note: null } } },
        result: {
          errors: [new GraphQLError('You cannot report your own content.', { extensions: { code: 'FORBIDDEN' } })],
        },
      },
    ]);
    await user.click(screen.getByRole('button', { name: 'Report Ana’s feedback' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Reason' }), 'HARASSMENT');
    await user.click(screen.getByRole('button', { name: 'Send report' }));
    expect(await screen.findByText('You cannot report your own content.')).toBeTruthy();
    expect(screen.getByRole('dialog')).toBeTruthy();
  });
});
