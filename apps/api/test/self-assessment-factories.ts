import type { GqlClient } from './gql-client';

/** Self-assessment operations as the web app sends them, for the self-assessment specs. */
export const ROUND_FIELDS = `id title cohortId scope visibility visibilityStatement open respondentCount
  framework { id version practiceCount domains { practices { key title levels { level descriptor } } } }
  viewerAssessment { growthPracticeKeys ratings { practiceKey level note contribution { id promptTitle } } }
  viewerGrowth { practiceKey previousLevel level } previousRoundTitle
  viewerCan { answer viewResults seeIndividuals }`;
export const OPEN_ROUND = `mutation ($input: OpenSelfAssessmentRoundInput!) { openSelfAssessmentRound(input: $input) { ${ROUND_FIELDS} } }`;
export const SUBMIT = `mutation ($input: SubmitSelfAssessmentInput!) { submitSelfAssessment(input: $input) { ${ROUND_FIELDS} } }`;
export const ROUND = `query ($input: SelfAssessmentRoundRefInput!) { selfAssessmentRound(input: $input) { ${ROUND_FIELDS} } }`;
export const ROUNDS = `query ($org: ID!) { selfAssessmentRounds(organizationId: $org) { id title respondentCount viewerCan { answer viewResults } } }`;
export const RESULTS = `query ($input: SelfAssessmentRoundRefInput!) { selfAssessmentResults(input: $input) {
  minRespondents shown practices { practiceKey distribution mean growthPickCount }
  heatmap { groupName respondentCount shown means } individuals { userId name levels growthPracticeKeys notes } } }`;
export const SUGGEST = `query ($input: SuggestTeamsInput!) { suggestTeams(input: $input) {
  practiceKey practiceTitle explanation warnings members { userId name } } }`;
export const CREATE_COHORTS = `mutation ($input: CreateCohortsFromTeamsInput!) { createCohortsFromTeams(input: $input) { id name memberCount } }`;
export const COPY_EXAMPLE = `mutation ($org: ID!) { copyExampleFramework(organizationId: $org) { id domains { practices { key } } } }`;

export const EXAMPLE_KEYS = [
  'clear-learning-intentions',
  'formative-assessment',
  'sequencing-for-understanding',
  'student-discussion',
  'belonging-and-safety',
  'differentiation',
  'reflective-practice',
  'collaborative-inquiry',
  'feedback-to-colleagues',
];

/** Copies the example framework and opens a round on it for the cohort (or the organisation). */
export async function openRound(
  facilitator: GqlClient,
  organizationId: string,
  cohortId: string | null,
  overrides: Record<string, unknown> = {},
) {
  const { copyExampleFramework } = await facilitator.ok(COPY_EXAMPLE, { org: organizationId });
  const { openSelfAssessmentRound } = await facilitator.ok(OPEN_ROUND, {
    input: {
      organizationId,
      frameworkId: copyExampleFramework.id,
      cohortId,
      title: 'Autumn self-assessment',
      closesAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
      visibility: 'AGGREGATE_ONLY',
      ...overrides,
    },
  });
  return { frameworkId: copyExampleFramework.id as string, roundId: openSelfAssessmentRound.id as string };
}

/** Rates every practice of the example framework at `level` (or per key), with growth picks. */
export function answers(level: number | Record<string, number>, growth: string[] = []) {
  return {
    ratings: EXAMPLE_KEYS.map((practiceKey) => ({
      practiceKey,
      level: typeof level === 'number' ? level : (level[practiceKey] ?? 2),
    })),
    growthPracticeKeys: growth,
  };
}

export async function selfAssess(
  person: GqlClient,
  organizationId: string,
  roundId: string,
  level: number | Record<string, number>,
  growth: string[] = [],
) {
  const { submitSelfAssessment } = await person.ok(SUBMIT, {
    input: { organizationId, roundId, ...answers(level, growth) },
  });
  return submitSelfAssessment as Record<string, any>;
}
