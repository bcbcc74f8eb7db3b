import { Injectable } from '@nestjs/common';
import { HuddleStatus, routes } from '@openhuddle/shared';
import { createEvents, type EventAttributes } from 'ics';
import { hashToken, newToken } from '../../common/auth/tokens';
import { AppConfig } from '../../config/app-config';
import { CalendarRepository, type HuddleRow } from './calendar.repository';

/** The fields of a huddle an event shows (a huddle entity fits; the calendar module does not import huddle's). */
export interface CalendarHuddle {
  id: string;
  title: string;
  startsAt: Date;
  durationMinutes: number;
  joinUrl: string | null;
  organizationId: string;
  status: string;
  sequence: number;
}

/** iCalendar for huddles: one invitation per huddle, and a private, revocable feed per user. */
@Injectable()
export class CalendarService {
  constructor(
    private readonly feeds: CalendarRepository,
    private readonly config: AppConfig,
  ) {}

  /** Creates (or replaces, revoking the old URL) the viewer's feed; returns its URL. */
  async enableFeed(userId: string): Promise<string> {
    const token = newToken();
    await this.feeds.upsertFeed(userId, hashToken(token));
    return `${this.config.publicUrl}/api/calendar/${token}.ics`;
  }

  async disableFeed(userId: string): Promise<void> {
    await this.feeds.deleteFeed(userId);
  }

  hasFeed(userId: string): Promise<boolean> {
    return this.feeds.hasFeed(userId);
  }

  /**
   * The feed behind a token: every huddle of the user's cohorts and their prompts' due dates. Null if
   * revoked. Only cohorts of organizations they still belong to (rule 1).
   */
  async feed(token: string): Promise<string | null> {
    const feed = await this.feeds.findFeedByTokenHash(hashToken(token));
    if (!feed) return null;
    const huddles = await this.feeds.huddlesOf(feed.userId);
    const dues = await this.feeds.promptDuesOf(feed.userId);
    return this.render('OpenHuddle', [
      ...huddles.map((h) => this.huddleEvent(h)),
      ...dues.map((p): EventAttributes => ({
        uid: `prompt-due-${p.id}@openhuddle`,
        title: `Due: ${p.title}`,
        description: `${p.cohort_name} — post your contribution before the huddle.`,
        url: `${this.config.publicUrl}${routes.prompt(p.organization_id, p.id)}`,
        start: new Date(p.due_at).getTime(),
        startInputType: 'utc',
        startOutputType: 'utc',
        duration: { minutes: 0 },
        transp: 'TRANSPARENT',
      })),
    ]);
  }

  invitation(huddle: CalendarHuddle, cohortName: string): string {
    return this.render(huddle.title, [this.huddleEvent(rowOf(huddle, cohortName))]);
  }

  /**
   * An iTIP message (RFC 5546) for email: METHOD:REQUEST to invite or update, METHOD:CANCEL to
   * cancel, one event per meeting with the same UID and SEQUENCE as the feed and the download,
   * so a calendar that holds a meeting updates it instead of adding a second one.
   */
  schedulingMessage(m: {
    huddles: CalendarHuddle[];
    cohortName: string;
    method: 'REQUEST' | 'CANCEL';
    organizer: { name: string; email: string };
    attendee: { name: string; email: string };
  }): string {
    const events = m.huddles.map((h): EventAttributes => ({
      ...this.huddleEvent(rowOf(h, m.cohortName)),
      method: m.method,
      organizer: m.organizer,
      attendees: [{ ...m.attendee, rsvp: false, partstat: 'NEEDS-ACTION', role: 'REQ-PARTICIPANT' }],
    }));
    return this.render(m.huddles[0]?.title ?? 'OpenHuddle', events);
  }

  /**
   * One huddle as an event. Its UID never changes and SEQUENCE goes up with every edit, so a
   * calendar that already has it updates it; a cancelled one says STATUS:CANCELLED (and in its
   * title, for apps that ignore the status) instead of disappearing without a word.
   */
  private huddleEvent(h: HuddleRow): EventAttributes {
    const briefUrl = `${this.config.publicUrl}${routes.huddle(h.organization_id, h.id)}`;
    const cancelled = h.status === HuddleStatus.CANCELLED;
    return {
      uid: `huddle-${h.id}@openhuddle`,
      sequence: h.sequence,
      title: cancelled ? `Cancelled: ${h.title}` : h.title,
      description: cancelled
        ? `${h.cohort_name} huddle, cancelled by its facilitator: ${briefUrl}`
        : `${h.cohort_name} huddle. Read the brief first: ${briefUrl}${h.join_url ? `\nJoin: ${h.join_url}` : ''}`,
      location: cancelled ? undefined : (h.join_url ?? undefined),
      url: briefUrl,
      // Stored and written in UTC: calendar apps show it in each reader's zone, right across DST.
      start: new Date(h.starts_at).getTime(),
      startInputType: 'utc',
      startOutputType: 'utc',
      duration: { minutes: h.duration_minutes },
      status: cancelled ? 'CANCELLED' : 'CONFIRMED',
    };
  }

  private render(calName: string, events: EventAttributes[]): string {
    if (!events.length) {
      return [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'PRODID:-//OpenHuddle//EN',
        `X-WR-CALNAME:${calName}`,
        'END:VCALENDAR',
        '',
      ].join('\r\n');
    }
    const { error, value } = createEvents(events.map((e) => ({ ...e, productId: '-//OpenHuddle//EN', calName })));
    if (error || !value) throw error ?? new Error('calendar rendering failed');
    return value;
  }
}

function rowOf(huddle: CalendarHuddle, cohortName: string): HuddleRow {
  return {
    id: huddle.id,
    title: huddle.title,
    starts_at: huddle.startsAt,
    duration_minutes: huddle.durationMinutes,
    join_url: huddle.joinUrl,
    organization_id: huddle.organizationId,
    cohort_name: cohortName,
    status: huddle.status,
    sequence: huddle.sequence,
  };
}
