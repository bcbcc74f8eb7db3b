import { CohortRole, OrgRole } from '@openhuddle/shared';
import type { CohortAccess } from '../cohort/cohort.policy';
import {
  actionItemViewerCan,
  canCompleteActionItem,
  canOnHuddle,
  type HuddleAction,
  huddleViewerCan,
} from './huddle.policy';

const access = (cohortRole: CohortRole | null, orgRole: OrgRole | null = OrgRole.MEMBER): CohortAccess => ({
  cohortId: 'c1',
  organizationId: 'o1',
  userId: 'me',
  cohortRole,
  orgRole,
});

const facilitator = access(CohortRole.FACILITATOR);
const member = access(CohortRole.MEMBER);
const observer = access(CohortRole.OBSERVER);
const adminOutside = access(null, OrgRole.ADMIN);
const removed = access(CohortRole.FACILITATOR, null);
const stranger = access(null);

const RUNNING: HuddleAction[] = [
  'schedule',
  'edit',
  'cancel',
  'linkPrompts',
  'start',
  'end',
  'runLive',
  'addAgendaItem',
  'recordDecision',
  'addActionItem',
  'turnIntoPrompt',
];
const TAKING_PART: HuddleAction[] = ['view', 'join', 'saveNote'];

describe('huddle policy', () => {
  it('lets the cohort’s facilitators and the organization’s admins run a huddle', () => {
    for (const action of RUNNING) {
      expect(canOnHuddle(facilitator, action)).toBe(true);
      expect(canOnHuddle(adminOutside, action)).toBe(true);
      expect(canOnHuddle(member, action)).toBe(false);
      expect(canOnHuddle(observer, action)).toBe(false);
    }
  });

  it('lets everyone who sees the cohort take part, and nobody who lost the organization', () => {
    for (const action of TAKING_PART) {
      for (const who of [facilitator, member, observer, adminOutside]) expect(canOnHuddle(who, action)).toBe(true);
      expect(canOnHuddle(stranger, action)).toBe(false);
    }
    for (const action of [...RUNNING, ...TAKING_PART]) expect(canOnHuddle(removed, action)).toBe(false);
  });

  it('lets the owner or whoever runs the cohort complete an action item', () => {
    expect(canCompleteActionItem(member, { ownerId: 'me' })).toBe(true);
    expect(canCompleteActionItem(member, { ownerId: 'someone else' })).toBe(false);
    expect(canCompleteActionItem(observer, { ownerId: 'me' })).toBe(true);
    expect(canCompleteActionItem(facilitator, { ownerId: 'someone else' })).toBe(true);
    expect(canCompleteActionItem(adminOutside, { ownerId: 'someone else' })).toBe(true);
    expect(canCompleteActionItem(stranger, { ownerId: 'me' })).toBe(false);
    expect(canCompleteActionItem(removed, { ownerId: 'me' })).toBe(false);
  });

  it('tells the UI what the viewer may do', () => {
    expect(huddleViewerCan(member)).toEqual({
      facilitate: false,
      edit: false,
      cancel: false,
      start: false,
      end: false,
      runLive: false,
      addAgendaItem: false,
      recordDecision: false,
      addActionItem: false,
      saveNote: true,
    });
    expect(Object.values(huddleViewerCan(facilitator)).every(Boolean)).toBe(true);
    expect(actionItemViewerCan(member, { ownerId: 'me' })).toEqual({ complete: true, turnIntoPrompt: false });
    expect(actionItemViewerCan(null, { ownerId: 'me' })).toEqual({ complete: false, turnIntoPrompt: false });
  });
});
