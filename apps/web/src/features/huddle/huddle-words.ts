import type { AgendaItemKind, HuddleStatus, Recurrence } from '../../generated/graphql';
import type { BadgeTone } from '../../ui';

export const HUDDLE_STATUS_LABELS: Record<HuddleStatus, string> = {
  SCHEDULED: 'Scheduled',
  LIVE: 'Live now',
  ENDED: 'Ended',
  CANCELLED: 'Cancelled',
};

export const HUDDLE_STATUS_TONES: Record<HuddleStatus, BadgeTone> = {
  SCHEDULED: 'info',
  LIVE: 'success',
  ENDED: 'neutral',
  CANCELLED: 'warning',
};

export const RECURRENCE_LABELS: Record<Recurrence, string> = {
  NONE: 'Does not repeat',
  WEEKLY: 'Every week',
  BIWEEKLY: 'Every two weeks',
};

export const AGENDA_KIND_LABELS: Record<AgendaItemKind, string> = {
  THEME: 'Theme',
  NEEDS_DISCUSSION: 'Needs discussion',
  SPOTLIGHT: 'Spotlight',
  OPEN_QUESTION: 'Open question',
  CUSTOM: 'Item',
};

export const AGENDA_KIND_TONES: Record<AgendaItemKind, BadgeTone> = {
  THEME: 'accent',
  NEEDS_DISCUSSION: 'warning',
  SPOTLIGHT: 'success',
  OPEN_QUESTION: 'info',
  CUSTOM: 'neutral',
};

export const huddlePath = (organizationId: string, huddleId: string) => `/o/${organizationId}/huddles/${huddleId}`;
export const editHuddlePath = (organizationId: string, huddleId: string) =>
  `${huddlePath(organizationId, huddleId)}/edit`;
export const livePath = (organizationId: string, huddleId: string) => `${huddlePath(organizationId, huddleId)}/live`;

/** A huddle counts as past once it ended, or once its time slot is over and it never went live. */
export function isPast(h: { status: HuddleStatus; startsAt: string; durationMinutes: number }, now = Date.now()) {
  if (h.status === 'ENDED') return true;
  if (h.status === 'LIVE') return false;
  return new Date(h.startsAt).getTime() + h.durationMinutes * 60_000 < now;
}

/** Still to happen or happening now: not ended, not cancelled. */
export const isOpen = (h: { status: HuddleStatus }) => h.status === 'SCHEDULED' || h.status === 'LIVE';
