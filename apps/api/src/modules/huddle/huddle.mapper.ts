import type { CohortAccess } from '../cohort/cohort.policy';
import { canSeeDraftPrompts } from '../prompt/prompt.policy';
import { UserProfile } from '../user/dto/user.types';
import type { ActionItemEntity } from './action-item.entity';
import type { AgendaItemEntity } from './agenda-item.entity';
import type { DecisionEntity } from './decision.entity';
import { ActionItem, AgendaItem, Decision, Huddle, HuddleNote } from './dto/huddle.types';
import type { HuddleEntity } from './huddle.entity';
import { actionItemViewerCan, huddleViewerCan } from './huddle.policy';

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
    viewerCan: huddleViewerCan(access),
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

/**
 * The prompt an action item became, only when this viewer can open it: a draft prompt is its
 * facilitators' (a member following the link would meet "Prompt not found").
 */
function openablePromptId(a: ActionItemEntity, access: CohortAccess | null): string | null {
  if (!a.promptId) return null;
  if (access && canSeeDraftPrompts(access)) return a.promptId;
  return a.prompt?.publishedAt ? a.promptId : null;
}

/** `access`: the viewer's to the item's cohort (null when they have none any more). */
export const toActionItem = (a: ActionItemEntity, access: CohortAccess | null): ActionItem =>
  Object.assign(new ActionItem(), {
    id: a.id,
    huddleId: a.huddleId,
    cohortId: a.cohortId,
    agendaItemId: a.agendaItemId,
    owner: UserProfile.from(a.owner!),
    text: a.text,
    dueOn: a.dueOn,
    doneAt: a.doneAt,
    promptId: openablePromptId(a, access),
    viewerCan: actionItemViewerCan(access, a),
  });

/** A notes block with its author; someone who left the cohort reads as "Former member". */
export function toHuddleNote(
  n: { agendaItemId: string; authorId: string; body: string; version: number; updatedAt: Date },
  user?: { id: string; displayName: string; avatarUrl: string | null; timeZone: string } | null,
): HuddleNote {
  return Object.assign(new HuddleNote(), {
    agendaItemId: n.agendaItemId,
    author: user
      ? UserProfile.from(user as never)
      : Object.assign(new UserProfile(), {
          id: n.authorId,
          displayName: 'Former member',
          avatarUrl: null,
          timeZone: 'UTC',
        }),
    body: n.body,
    version: n.version,
    updatedAt: n.updatedAt,
  });
}
