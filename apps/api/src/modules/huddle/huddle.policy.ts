import { type CohortAccess, canManageCohort, canViewCohort } from '../cohort/cohort.policy';

/** What someone may do to a huddle of a cohort. */
export type HuddleAction =
  | 'view'
  | 'join'
  | 'saveNote'
  | 'schedule'
  | 'edit'
  | 'cancel'
  | 'linkPrompts'
  | 'start'
  | 'end'
  | 'runLive'
  | 'addAgendaItem'
  | 'recordDecision'
  | 'addActionItem'
  | 'turnIntoPrompt';

/**
 * Everyone who sees the cohort reads its huddles, joins them and writes their own notes block;
 * running them (schedule, edit, cancel, the agenda, going live, decisions, action items) is for
 * those who manage the cohort: its facilitators and the organization's admins.
 */
const RULES: Record<HuddleAction, (access: CohortAccess) => boolean> = {
  view: canViewCohort,
  join: canViewCohort,
  saveNote: canViewCohort,
  schedule: canManageCohort,
  edit: canManageCohort,
  cancel: canManageCohort,
  linkPrompts: canManageCohort,
  start: canManageCohort,
  end: canManageCohort,
  runLive: canManageCohort,
  addAgendaItem: canManageCohort,
  recordDecision: canManageCohort,
  addActionItem: canManageCohort,
  turnIntoPrompt: canManageCohort,
};

export function canOnHuddle(access: CohortAccess, action: HuddleAction): boolean {
  return RULES[action](access);
}

/** Its owner ticks an action item off; so may whoever runs the cohort. */
export function canCompleteActionItem(access: CohortAccess, item: { ownerId: string }): boolean {
  return canViewCohort(access) && (item.ownerId === access.userId || canManageCohort(access));
}

/** What the web app shows of a huddle's controls (Huddle.viewerCan). */
export function huddleViewerCan(access: CohortAccess) {
  const can = (action: HuddleAction) => canOnHuddle(access, action);
  return {
    facilitate: canManageCohort(access),
    edit: can('edit'),
    cancel: can('cancel'),
    start: can('start'),
    end: can('end'),
    runLive: can('runLive'),
    addAgendaItem: can('addAgendaItem'),
    recordDecision: can('recordDecision'),
    addActionItem: can('addActionItem'),
    saveNote: can('saveNote'),
  };
}

/** What the web app shows of an action item's controls (ActionItem.viewerCan). */
export function actionItemViewerCan(access: CohortAccess | null, item: { ownerId: string }) {
  return {
    complete: !!access && canCompleteActionItem(access, item),
    turnIntoPrompt: !!access && canOnHuddle(access, 'turnIntoPrompt'),
  };
}
