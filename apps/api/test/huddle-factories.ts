import type { GqlClient } from './gql-client';

export const SCHEDULE = `mutation ($input: ScheduleHuddleInput!) { scheduleHuddle(input: $input) { id title startsAt status promptIds seriesId nudgeHours } }`;

export async function scheduleHuddle(
  facilitator: GqlClient,
  cohortId: string,
  promptIds: string[],
  overrides: Record<string, unknown> = {},
) {
  const { scheduleHuddle } = await facilitator.ok(SCHEDULE, {
    input: {
      cohortId,
      title: 'Thursday PLC huddle',
      startsAt: new Date(Date.now() + 3 * 86_400_000).toISOString(),
      durationMinutes: 45,
      joinUrl: 'https://meet.example.org/plc-7',
      promptIds,
      ...overrides,
    },
  });
  return scheduleHuddle as Array<{
    id: string;
    startsAt: string;
    seriesId: string;
    title: string;
    nudgeHours: number[];
  }>;
}
