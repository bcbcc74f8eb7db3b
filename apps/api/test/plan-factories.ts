import type { GqlClient } from './gql-client';

/** Plan operations as the web app sends them, for the plan specs. */
export const ITEM_FIELDS = `id kind parentId title status startsOn dueOn position
  owners { id kind name }
  measure { name unit baseline target latest { value measuredOn } history { value measuredOn } }
  latestEvidence { id kind note url value contribution { id promptTitle excerpt } author { id } }
  evidenceCount commentCount viewerCan { edit updateProgress comment }`;
export const PLAN_FIELDS = `id title active viewerCan { edit } items { ${ITEM_FIELDS} }
  changesThisMonth { action itemTitle changes { field from to } actor { id } }`;
export const PLAN = `query ($org: ID!, $planId: ID) { plan(organizationId: $org, planId: $planId) { ${PLAN_FIELDS} } }`;
export const CREATE_PLAN = `mutation ($input: CreatePlanInput!) { createPlan(input: $input) { ${PLAN_FIELDS} } }`;
export const ADD_ITEM = `mutation ($input: AddPlanItemInput!) { addPlanItem(input: $input) { ${PLAN_FIELDS} } }`;
export const UPDATE_ITEM = `mutation ($input: UpdatePlanItemInput!) { updatePlanItem(input: $input) { ${ITEM_FIELDS} } }`;
export const DELETE_ITEM = `mutation ($input: PlanItemRefInput!) { deletePlanItem(input: $input) { ${PLAN_FIELDS} } }`;
export const SET_STATUS = `mutation ($input: SetPlanItemStatusInput!) { setPlanItemStatus(input: $input) { ${ITEM_FIELDS} } }`;
export const ADD_EVIDENCE = `mutation ($input: AddPlanEvidenceInput!) { addPlanEvidence(input: $input) { ${ITEM_FIELDS} } }`;
export const COMMENT = `mutation ($input: CommentOnPlanItemInput!) { commentOnPlanItem(input: $input) { id body author { id } } }`;
export const ITEM_DETAIL = `query ($input: PlanItemRefInput!) { planItem(input: $input) {
  item { ${ITEM_FIELDS} } planTitle ancestors { id title } children { id title }
  evidence { nodes { id kind note contribution { id } } endCursor }
  comments { nodes { id body author { id } } endCursor }
  history { action changes { field from to } actor { id } } } }`;

/** Starts a plan as an admin; returns its id. */
export async function startPlan(admin: GqlClient, organizationId: string, title = 'School improvement plan 2026–27') {
  const { createPlan } = await admin.ok(CREATE_PLAN, {
    input: { organizationId, title, startsOn: '2026-08-01', endsOn: '2027-06-30' },
  });
  return createPlan.id as string;
}

/** Adds an item and returns it (the newest item of the returned plan with that title). */
export async function addItem(
  admin: GqlClient,
  organizationId: string,
  planId: string,
  fields: Record<string, unknown> & { title: string },
) {
  const { addPlanItem } = await admin.ok(ADD_ITEM, { input: { organizationId, planId, ...fields } });
  const items = (addPlanItem.items as any[]).filter((i) => i.title === fields.title);
  return items.at(-1) as Record<string, any>;
}
