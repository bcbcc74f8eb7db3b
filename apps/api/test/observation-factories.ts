import type { GqlClient } from './gql-client';

/** Observation operations as the web app sends them, for the observation specs. */
export const OBSERVATION_FIELDS = `id kind observedOn note observer { id name } observed { id name }
  framework { id title version } ratings { practiceKey title domain level levelName descriptor } viewerCan { delete }`;
export const RECORD = `mutation ($input: RecordObservationInput!) { recordObservation(input: $input) { ${OBSERVATION_FIELDS} } }`;
export const OBSERVATION = `query ($input: ObservationRefInput!) { observation(input: $input) { ${OBSERVATION_FIELDS} } }`;
export const OBSERVATIONS = `query ($input: ObservationsInput!) { observations(input: $input) {
  nodes { ${OBSERVATION_FIELDS} } pageInfo { hasNextPage endCursor } } }`;
export const DELETE_OBSERVATION = `mutation ($input: ObservationRefInput!) { deleteObservation(input: $input) }`;
export const TRENDS = `query ($input: ObservationTrendsInput!) { observationTrends(input: $input) {
  minPeople frameworkTitle levelNames months
  practices { practiceKey title domain months { month shown observationCount peopleCount mean distribution } } } }`;

/** Today in UTC, as the form sends it. */
export const today = (): string => new Date().toISOString().slice(0, 10);

/** Records an observation of `observedId` rating each practice key at its level. */
export async function observe(
  observer: GqlClient,
  organizationId: string,
  frameworkId: string,
  observedId: string,
  levels: Record<string, number> = { 'formative-assessment': 3 },
  overrides: Record<string, unknown> = {},
) {
  const { recordObservation } = await observer.ok(RECORD, {
    input: {
      organizationId,
      frameworkId,
      observedId,
      kind: 'PEER_VISIT',
      observedOn: today(),
      note: 'Exit tickets sorted into three piles before the next lesson.',
      ratings: Object.entries(levels).map(([practiceKey, level]) => ({ practiceKey, level })),
      ...overrides,
    },
  });
  return recordObservation as Record<string, any>;
}
