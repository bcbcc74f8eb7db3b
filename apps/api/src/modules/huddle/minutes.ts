import { formatWallClock, formatWallTime, sameLocalDay } from './zoned-time';

export interface MinutesInput {
  title: string;
  /** The zone the huddle was scheduled in: minutes are read by the cohort that meets there. */
  timeZone: string;
  startedAt: Date | null;
  endedAt: Date;
  agenda: Array<{ id: string; title: string; notes: Array<{ author: string; body: string }> }>;
  decisions: Array<{ agendaItemId: string | null; text: string }>;
  actionItems: Array<{ owner: string; text: string; dueOn: string | null }>;
  attendees: string[];
}

/** Minutes posted back to the cohort when a huddle ends: agenda with notes, decisions, actions, attendance. */
export function composeMinutes(m: MinutesInput): string {
  const lines = [`# Minutes: ${m.title}`, ''];
  lines.push(when(m), '');
  lines.push(`**Attendance (${m.attendees.length}):** ${m.attendees.join(', ') || '—'}`, '');
  for (const item of m.agenda) {
    lines.push(`## ${item.title}`, '');
    for (const n of item.notes.filter((x) => x.body.trim()))
      lines.push(`- _${n.author}:_ ${n.body.trim().replace(/\n+/g, ' ')}`);
    for (const d of m.decisions.filter((x) => x.agendaItemId === item.id)) lines.push(`- **Decision:** ${d.text}`);
    lines.push('');
  }
  const loose = m.decisions.filter((d) => !d.agendaItemId || !m.agenda.some((a) => a.id === d.agendaItemId));
  if (loose.length) {
    lines.push('## Decisions', '');
    for (const d of loose) lines.push(`- ${d.text}`);
    lines.push('');
  }
  if (m.actionItems.length) {
    lines.push('## Action items', '');
    for (const a of m.actionItems) lines.push(`- [ ] ${a.text} — ${a.owner}${a.dueOn ? ` (due ${a.dueOn})` : ''}`);
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

/** "Started Tue 24 Nov 2026, 16:00 (America/Chicago) · Ended 16:45", the end in full only on another day. */
function when({ startedAt, endedAt, timeZone }: MinutesInput): string {
  const zone = `(${timeZone})`;
  if (!startedAt) return `Ended ${formatWallTime(endedAt, timeZone)} ${zone}`;
  const end = sameLocalDay(startedAt, endedAt, timeZone)
    ? formatWallClock(endedAt, timeZone)
    : formatWallTime(endedAt, timeZone);
  return `Started ${formatWallTime(startedAt, timeZone)} ${zone} · Ended ${end}`;
}
