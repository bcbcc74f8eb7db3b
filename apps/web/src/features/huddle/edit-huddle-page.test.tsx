import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { CancelHuddleDocument, UpdateHuddleDocument } from '../../generated/graphql';
import { CancelHuddle } from './cancel-huddle';
import { EditHuddleForm, type EditableHuddle } from './edit-huddle-page';

const huddle = (laterInSeries: number): EditableHuddle => ({
  __typename: 'Huddle',
  id: 'h2',
  cohortId: 'c1',
  title: 'Weekly PLC (2/4)',
  startsAt: '2027-03-11T22:00:00.000Z', // Thursday 4 pm in Chicago
  durationMinutes: 45,
  startedAt: null,
  endedAt: null,
  timeZone: 'America/Chicago',
  joinUrl: 'https://meet.example.org/plc',
  status: 'SCHEDULED',
  promptIds: [],
  nudgeHours: [48, 2],
  laterInSeries,
  viewerCan: { __typename: 'HuddlePermissions', facilitate: true },
});

function renderWith(mocks: ConstructorParameters<typeof MockedProvider>[0]['mocks'], ui: ReactNode) {
  return render(
    <MockedProvider mocks={mocks}>
      <MemoryRouter>{ui}</MemoryRouter>
    </MockedProvider>,
  );
}

describe('EditHuddleForm', () => {
  it('offers the choice of meetings only when later meetings of its series exist', () => {
    const { unmount } = renderWith(
      [],
      <EditHuddleForm huddle={huddle(0)} timeZone="America/Chicago" onSaved={vi.fn()} cancelTo="/" />,
    );
    expect((screen.getByRole('textbox', { name: 'Title' }) as HTMLInputElement).value).toBe('Weekly PLC (2/4)');
    expect((screen.getByLabelText('Starts') as HTMLInputElement).value).toBe('2027-03-11T16:00');
    expect(screen.queryByRole('group', { name: 'Change which meetings?' })).toBeNull();
    expect(screen.queryByRole('radio')).toBeNull();
    unmount();

    renderWith([], <EditHuddleForm huddle={huddle(2)} timeZone="America/Chicago" onSaved={vi.fn()} cancelTo="/" />);
    expect(screen.getByRole('group', { name: 'Change which meetings?' })).toBeTruthy();
    expect((screen.getByRole('radio', { name: 'Only this meeting' }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByRole('radio', { name: 'This and the 2 later meetings of the series' })).toBeTruthy();
  });

  it('sends the new time from the viewer’s zone with the chosen scope, and shows the server’s field errors', async () => {
    const mocks = [
      {
        request: {
          query: UpdateHuddleDocument,
          variables: {
            input: {
              huddleId: 'h2',
              title: 'Weekly PLC (2/4)',
              startsAt: '2027-03-12T23:00:00.000Z', // Friday 5 pm in Chicago
              durationMinutes: 45,
              joinUrl: 'zoom',
              nudgeHours: [48, 2],
              allowPast: false,
              scope: 'FOLLOWING',
            },
          },
        },
        result: {
          errors: [
            new GraphQLError('Some fields need attention.', {
              extensions: {
                code: 'BAD_USER_INPUT',
                fields: { joinUrl: 'Use the full meeting link (https://…).' },
              },
            }),
          ],
        },
      },
    ];
    const onSaved = vi.fn();
    const user = userEvent.setup();
    renderWith(mocks, <EditHuddleForm huddle={huddle(2)} timeZone="America/Chicago" onSaved={onSaved} cancelTo="/" />);
    fireEvent.change(screen.getByLabelText('Starts'), { target: { value: '2027-03-12T17:00' } });
    const link = screen.getByRole('textbox', { name: 'Join link (optional)' });
    await user.clear(link);
    await user.type(link, 'zoom');
    await user.click(screen.getByRole('radio', { name: 'This and the 2 later meetings of the series' }));
    expect(screen.getByText(/a new time moves each to the same new weekday and time/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    await waitFor(() => expect(link.getAttribute('aria-invalid')).toBe('true'));
    const describedBy = link.getAttribute('aria-describedby') ?? '';
    expect(document.getElementById(describedBy.split(' ')[0]!)?.textContent).toContain(
      'Use the full meeting link (https://…).',
    );
    await waitFor(() => expect(document.activeElement).toBe(link));
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('keeps a reminder time the forms do not offer, and shows the server’s message for the reminders', async () => {
    const sent: unknown[] = [];
    const mocks = [
      {
        request: { query: UpdateHuddleDocument, variables: () => true },
        result: (variables: Record<string, { nudgeHours?: number[] }>) => {
          sent.push(variables.input?.nudgeHours);
          return {
            errors: [
              new GraphQLError('Some fields need attention.', {
                extensions: { code: 'BAD_USER_INPUT', fields: { nudgeHours: 'Pick at most 4 reminder times.' } },
              }),
            ],
          };
        },
      },
    ];
    const user = userEvent.setup();
    renderWith(
      mocks,
      <EditHuddleForm
        huddle={{ ...huddle(0), nudgeHours: [24, 6, 2] }}
        timeZone="America/Chicago"
        onSaved={vi.fn()}
        cancelTo="/"
      />,
    );
    const group = screen.getByRole('group', { name: 'Remind members who have not posted' });
    const checked = () =>
      screen
        .getAllByRole('checkbox')
        .filter((b) => (b as HTMLInputElement).checked)
        .map((b) => b.closest('label')?.textContent);
    expect(checked()).toEqual(['1 day before', '6 hours before', '2 hours before']);
    await user.click(screen.getByRole('checkbox', { name: '1 week before' }));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    await waitFor(() => expect(sent).toEqual([[168, 24, 6, 2]]));
    await waitFor(() => expect(group.getAttribute('aria-describedby')).toContain('huddle-nudges-error'));
    expect(document.getElementById('huddle-nudges-error')?.textContent).toContain('Pick at most 4 reminder times.');
    expect(document.activeElement).toBe(screen.getByRole('checkbox', { name: '1 week before' }));
  });
});

describe('CancelHuddle', () => {
  it('asks first, steps back with Escape (focus returns), then cancels the chosen meetings', async () => {
    const mocks = [
      {
        request: { query: CancelHuddleDocument, variables: { huddleId: 'h2', scope: 'FOLLOWING' } },
        result: {
          data: {
            cancelHuddle: [{ ...huddle(0), status: 'CANCELLED' as const }],
          },
        },
      },
    ];
    const onCancelled = vi.fn();
    const user = userEvent.setup();
    renderWith(mocks, <CancelHuddle huddle={huddle(2)} timeZone="America/Chicago" onCancelled={onCancelled} />);

    const trigger = screen.getByRole('button', { name: 'Cancel huddle…' });
    trigger.focus();
    await user.keyboard('{Enter}');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Yes, cancel huddle' }));
    await user.keyboard('{Escape}');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Cancel huddle…' })));

    await user.keyboard('{Enter}');
    expect(screen.getByRole('group', { name: 'Cancel the huddle?' }).textContent).toContain('Weekly PLC (2/4)');
    await user.click(screen.getByRole('radio', { name: 'This and the 2 later meetings of the series' }));
    await user.click(screen.getByRole('button', { name: 'Yes, cancel huddle' }));
    await waitFor(() => expect(onCancelled).toHaveBeenCalled());
  });
});
