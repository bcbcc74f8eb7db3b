import type { GqlClient } from './gql-client';

/** Pulse survey operations as the web app sends them, for the pulse specs. */
export const SURVEY_FIELDS = `id cohortId title questions commentPrompt schedule windowDays stoppedAt
  openRound { id number open respondentCount viewerHasAnswered closesAt } viewerCan { answer manage }`;
export const ROUND_RESULT_FIELDS = `roundId number respondentCount minRespondents shown
  questions { index text distribution mean } comments`;
export const CREATE_PULSE = `mutation ($input: CreatePulseSurveyInput!) { createPulseSurvey(input: $input) { ${SURVEY_FIELDS} } }`;
export const ANSWER_PULSE = `mutation ($input: AnswerPulseInput!) { answerPulse(input: $input) { ${SURVEY_FIELDS} } }`;
export const OPEN_ROUND = `mutation ($id: ID!) { openPulseRound(surveyId: $id) { ${SURVEY_FIELDS} } }`;
export const STOP_PULSE = `mutation ($id: ID!) { stopPulseSurvey(surveyId: $id) { ${SURVEY_FIELDS} } }`;
export const PULSES = `query ($cohortId: ID!) { pulseSurveys(cohortId: $cohortId) { ${SURVEY_FIELDS} } }`;
export const RESULTS = `query ($id: ID!) { pulseSurveyResults(surveyId: $id) {
  survey { ${SURVEY_FIELDS} } rounds { ${ROUND_RESULT_FIELDS} } trend { roundNumber means } } }`;
export const TO_ANSWER = `query ($org: ID!) { pulsesToAnswer(organizationId: $org) {
  surveyId title cohortId cohortName round { id number respondentCount viewerHasAnswered } } }`;
export const BRIEF_PULSE = `query ($id: ID!) { brief(huddleId: $id) { huddleId latestPulse {
  surveyId title questions latest { ${ROUND_RESULT_FIELDS} } } } }`;

export const PULSE_QUESTIONS = [
  'Our huddles are a good use of my time.',
  'I feel safe sharing work that did not go well.',
];

/** Sends a two-question pulse to the cohort; returns the survey and its open round's id. */
export async function sendPulse(facilitator: GqlClient, cohortId: string, overrides: Record<string, unknown> = {}) {
  const { createPulseSurvey } = await facilitator.ok(CREATE_PULSE, {
    input: { cohortId, title: 'How is the PLC going?', questions: PULSE_QUESTIONS, schedule: 'WEEKLY', ...overrides },
  });
  return { surveyId: createPulseSurvey.id as string, roundId: createPulseSurvey.openRound?.id as string };
}

export async function answerPulse(person: GqlClient, roundId: string, scores: number[], comment?: string) {
  const { answerPulse } = await person.ok(ANSWER_PULSE, { input: { roundId, scores, comment } });
  return answerPulse as Record<string, any>;
}
