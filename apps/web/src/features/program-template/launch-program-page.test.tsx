import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { ProgramSchedulePreviewDocument, ViewerDocument } from '../../generated/graphql';
import { LaunchForm } from './launch-program-page';
import { parseSkipDates, templateTimeLabel } from './template-time';

describe('template times', () => {
  it('reads skip dates from any separators, sorted and without repeats', () => {
    expect(parseSkipDates('2031-04-10, 2031-04-03\n2031-04-10 ')).toEqual(['2031-04-03', '2031-04-10']);
    expect(templateTimeLabel({ day: 0, time: '09:00' })).toBe('start day, 09:00');
    expect(templateTimeLabel({ day: 7, time: '16:30' })).toBe('day 7, 16:30');
  });
});

describe('LaunchForm', () => {
  it('previews the computed dates before the cohort can be launched', async () => {
    const input = { templateId: 't1', startDate: '2031-04-01', timeZone: 'Europe/London', skipDates: ['2031-04-08'] };
    render(
      <MockedProvider
        mocks={[
          { request: { query: ViewerDocument }, result: { data: { me: null } } },
          {
            request: { query: ProgramSchedulePreviewDocument, variables: { input } },
            result: {
              data: {
                programSchedulePreview: {
                  __typename: 'ProgramSchedulePreview',
                  startDate: '2031-04-01',
                  endDate: '2031-04-09',
                  timeZone: 'Europe/London',
                  version: 1,
                  prompts: [
                    {
                      __typename: 'ScheduledTemplatePrompt',
                      position: 1,
                      title: 'Week 2: feedback',
                      opensAt: '2031-04-09T08:00:00Z',
                      dueAt: null,
                      closesAt: null,
                      moved: true,
                    },
                  ],
                  huddles: [],
                },
              },
            },
          },
        ]}
      >
        <MemoryRouter>
          <LaunchForm
            templateId="t1"
            defaultName="Leadership Huddles"
            targets={[{ id: 'o2', name: 'Hillcrest' }]}
            defaultTarget="o2"
            defaultTimeZone="Europe/London"
          />
        </MemoryRouter>
      </MockedProvider>,
    );
    const launch = screen.getByRole('button', { name: 'Launch the cohort' });
    expect((launch as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText('Pick a start date to see when everything falls.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText(/Dates to skip/), { target: { value: '2031-04-08' } });
    fireEvent.change(screen.getByLabelText(/Start date/), { target: { value: '2031-04-01' } });
    expect(await screen.findByText('Prompt: Week 2: feedback')).toBeTruthy();
    expect(screen.getByText(/moved past a skipped date/)).toBeTruthy();
    expect((launch as HTMLButtonElement).disabled).toBe(false);
  });
});
