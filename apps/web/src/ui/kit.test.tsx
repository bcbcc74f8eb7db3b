import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { Breadcrumb } from './breadcrumb';
import { LoadErrorAlert } from './load-error-alert';
import { PageScaffold } from './page-scaffold';
import { TextArea } from './text-area';

describe('the kit', () => {
  it('shows a breadcrumb of links ending with the current page', () => {
    render(
      <MemoryRouter>
        <Breadcrumb trail={[{ label: 'Riverside', to: '/o/o1' }, { label: 'Cohort' }]} current="Week 1" />
      </MemoryRouter>,
    );
    const nav = screen.getByRole('navigation', { name: 'Breadcrumb' });
    expect(screen.getByRole('link', { name: 'Riverside' }).getAttribute('href')).toBe('/o/o1');
    expect(screen.queryByRole('link', { name: 'Cohort' })).toBeNull();
    expect(nav.querySelector('[aria-current="page"]')?.textContent).toBe('Week 1');
  });

  it('says what could not load, and offers a retry when it can', async () => {
    const retry = vi.fn();
    render(<LoadErrorAlert what="your queue" onRetry={retry} />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('We could not load your queue');
    expect(alert.textContent).toContain('Check your connection and reload the page.');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Retry' }));
    expect(retry).toHaveBeenCalledOnce();
  });

  it('lays out a page: breadcrumb, one heading with actions, body', () => {
    render(
      <MemoryRouter>
        <PageScaffold
          title="Members"
          breadcrumb={[{ label: 'Riverside', to: '/o/o1' }]}
          actions={<button>Invite</button>}
        >
          <p>Body</p>
        </PageScaffold>
      </MemoryRouter>,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Members' })).toBeTruthy();
    expect(screen.getByRole('navigation', { name: 'Breadcrumb' }).textContent).toContain('Members');
    expect(screen.getByRole('button', { name: 'Invite' })).toBeTruthy();
  });

  it('counts characters in a text area only near its limit', () => {
    const { rerender } = render(<TextArea label="Notes" maxLength={10} value="abc" onChange={() => undefined} />);
    expect(screen.queryByText(/characters/)).toBeNull();
    rerender(<TextArea label="Notes" maxLength={10} value="abcdefghi" onChange={() => undefined} />);
    expect(screen.getByText('9 / 10 characters')).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Notes' })).toBeTruthy();
  });
});
