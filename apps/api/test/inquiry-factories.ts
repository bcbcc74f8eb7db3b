import type { GqlClient } from './gql-client';

/** Inquiry cycle operations as the web app sends them, for the inquiry specs. */
export const CYCLE_FIELDS = `id cohortId cohortName teamName question goal { id title } stage
  dates { questionOn planOn actOn evidenceOn reflectOn showcaseOn } showcasedAt evidenceCount commentCount
  tried learned
  evidence { id kind note url contribution { id promptTitle excerpt } author { id } }
  stageLinks { stage kind subjectId title }
  protocol { id name sections { key label required } }
  comments { nodes { id answers { sectionKey label text } author { id } } endCursor }
  viewerCan { work showcase comment }`;
export const START_CYCLE = `mutation ($input: StartInquiryCycleInput!) { startInquiryCycle(input: $input) { ${CYCLE_FIELDS} } }`;
export const UPDATE_CYCLE = `mutation ($input: UpdateInquiryCycleInput!) { updateInquiryCycle(input: $input) { ${CYCLE_FIELDS} } }`;
export const MOVE_STAGE = `mutation ($input: MoveInquiryStageInput!) { moveInquiryStage(input: $input) { ${CYCLE_FIELDS} } }`;
export const LINK_STAGE = `mutation ($input: LinkToInquiryStageInput!) { linkToInquiryStage(input: $input) { ${CYCLE_FIELDS} } }`;
export const ADD_INQUIRY_EVIDENCE = `mutation ($input: AddInquiryEvidenceInput!) { addInquiryEvidence(input: $input) { ${CYCLE_FIELDS} } }`;
export const SHOWCASE = `mutation ($input: InquiryCycleRefInput!) { showcaseInquiryCycle(input: $input) { ${CYCLE_FIELDS} } }`;
export const COMMENT_ON_SHOWCASE = `mutation ($input: CommentOnShowcaseInput!) { commentOnShowcase(input: $input) { id answers { sectionKey label text } author { id } } }`;
export const CYCLE = `query ($input: InquiryCycleRefInput!) { inquiryCycle(input: $input) { ${CYCLE_FIELDS} } }`;
export const COHORT_CYCLES = `query ($input: CohortInquiryCyclesInput!) { inquiryCycles(input: $input) { id question stage evidenceCount } }`;
export const SHOWCASES = `query ($input: ShowcasePageInput!) { showcases(input: $input) { nodes { id question cohortName teamName goal { title } evidenceCount commentCount showcasedAt } endCursor } }`;
export const SHOWCASE_MARKDOWN = `query ($input: InquiryCycleRefInput!) { showcaseMarkdown(input: $input) }`;

export const WARM_COOL = '00000000-0000-4000-a000-000000000003';

/** Starts a cycle as the cohort's facilitator; returns it. */
export async function startCycle(
  facilitator: GqlClient,
  organizationId: string,
  cohortId: string,
  fields: Record<string, unknown> = {},
) {
  const { startInquiryCycle } = await facilitator.ok(START_CYCLE, {
    input: {
      organizationId,
      cohortId,
      question: 'Do daily exit tickets raise the share of students meeting standard in fractions?',
      dates: { questionOn: '2026-09-01', planOn: '2026-09-15', actOn: '2026-10-01', reflectOn: '2026-11-15' },
      ...fields,
    },
  });
  return startInquiryCycle as Record<string, any>;
}

/** Moves a cycle through the stages to REFLECT, writes what was tried and learned, and showcases it. */
export async function runToShowcase(
  client: GqlClient,
  organizationId: string,
  cycle: { id: string; question: string },
) {
  const ref = { organizationId, cycleId: cycle.id };
  const stages = ['QUESTION', 'PLAN', 'ACT', 'EVIDENCE', 'REFLECT'];
  const { inquiryCycle } = await client.ok(CYCLE, { input: ref });
  for (const stage of stages.slice(stages.indexOf(inquiryCycle.stage) + 1)) {
    await client.ok(MOVE_STAGE, { input: { ...ref, stage } });
  }
  await client.ok(UPDATE_CYCLE, {
    input: {
      ...ref,
      question: cycle.question,
      goalItemId: inquiryCycle.goal?.id ?? null,
      dates: inquiryCycle.dates,
      tried: 'Three-question exit tickets every lesson, sorted into next-day groups.',
      learned: 'Regrouping the next day mattered more than the ticket itself.',
    },
  });
  const { showcaseInquiryCycle } = await client.ok(SHOWCASE, { input: ref });
  return showcaseInquiryCycle as Record<string, any>;
}
