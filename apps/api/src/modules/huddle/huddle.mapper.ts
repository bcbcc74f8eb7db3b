import { type CohortAccess, canManageCohort } from '../cohort/cohort.policy';
import { UserProfile } from '../user/dto/user.types';
import type { ActionItemEntity } from './action-item.entity';
import type { AgendaItemEntity } from './agenda-item.entity';
import type { DecisionEntity } from './decision.entity';
import { ActionItem, AgendaItem, Decision, Huddle } from './dto/huddle.types';
import type { HuddleEntity } from './huddle.entity';

export function toHuddle(h: HuddleEntity, access: CohortAccess, promptIds: string[]): Huddle {
  return Object.assign(new Huddle(), {
    id: h.id,
    cohortId: h.cohortId,
    seriesId: h.seriesId,
    title: h.title,
    startsAt: h.startsAt,
    durationMinutes: h.durationMinutes,
    timeZone: h.timeZone,
    joinUrl: h.joinUrl,
    status: h.status,
    currentAgendaItemId: h.currentAgendaItemId,
    startedAt: h.startedAt,
    endedAt: h.endedAt,
    minutes: h.minutes,
    promptIds,
    nudgeHours: h.nudgeHours,
    viewerCan: { facilitate: canManageCohort(access) },
    organizationId: h.organizationId,
  });
}

export const toAgendaItem = (i: AgendaItemEntity): AgendaItem =>
  Object.assign(new AgendaItem(), {
    id: i.id,
    position: i.position,
    title: i.title,
    kind: i.kind,
    contributionId: i.contributionId,
    timeBoxMinutes: i.timeBoxMinutes,
  });

export const toDecision = (d: DecisionEntity): Decision =>
  Object.assign(new Decision(), { id: d.id, agendaItemId: d.agendaItemId, text: d.text, createdAt: d.createdAt });

export const toActionItem = (a: ActionItemEntity): ActionItem =>
  Object.assign(new ActionItem(), {
    id: a.id,
    huddleId: a.huddleId,
    cohortId: a.cohortId,
    agendaItemId: a.agendaItemId,
    owner: UserProfile.from(a.owner!),
    text: a.text,
    dueOn: a.dueOn,
    doneAt: a.doneAt,
    promptId: a.promptId,
  });
