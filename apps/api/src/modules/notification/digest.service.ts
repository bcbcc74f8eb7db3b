import { Injectable, Logger } from '@nestjs/common';
import { apiPaths, routes } from '@openhuddle/shared';
import { render } from '@react-email/render';
import { createElement } from 'react';
import { hashToken, newToken } from '../../common/auth/tokens';
import { MailCategory, Mailer, type OutgoingMessage } from '../../common/mail/mailer';
import { AppConfig } from '../../config/app-config';
import {
  digestKey,
  type DigestComingRow,
  type DigestNotificationRow,
  type DigestOwedRow,
  type DigestRecipient,
  DigestRepository,
  type DigestUnsubscribeToken,
} from './digest.repository';
import { DigestEmail, type DigestEmailProps, digestHeading, digestText, summary } from './emails/digest-email';

/** Recipients composed together: one statement per section for all of them. */
export const DIGEST_BATCH_SIZE = 500;

const formatters = new Map<string, Intl.DateTimeFormat>();
/** "Tue, May 7, 16:00 CDT" in the reader's zone (formatters are cached: building one costs more than using it). */
export function formatInZone(at: Date, timeZone: string): string {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'short',
    });
    formatters.set(timeZone, f);
  }
  return f.format(at);
}

/** Rows grouped by a key, groups and rows in the order the statement returned them. */
function groupBy<T, K>(rows: readonly T[], key: (row: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return map;
}

const person = (r: { user_id: string; organization_id: string }) => `${r.user_id}:${r.organization_id}`;

interface Sections {
  notifications: Map<string, DigestNotificationRow[]>;
  owed: Map<string, DigestOwedRow[]>;
  coming: Map<string, DigestComingRow[]>;
}

/**
 * Composes and queues digests, a batch of recipients at a time (Discourse-style: one email per
 * person and organisation): what is new since their last digest, grouped by cohort; what they owe;
 * what is coming this week. Nothing is sent when there is nothing new and nothing owed. The email
 * and the ledger row that records it commit together, so a digest is queued once.
 */
@Injectable()
export class DigestService {
  private readonly logger = new Logger('Digest');

  constructor(
    private readonly repository: DigestRepository,
    private readonly mailer: Mailer,
    private readonly config: AppConfig,
  ) {}

  /** Composes one batch (at most DIGEST_BATCH_SIZE); returns how many emails were queued. */
  async composeBatch(batch: readonly DigestRecipient[], now: Date): Promise<number> {
    if (!batch.length) return 0;
    const [notifications, owed, coming] = await Promise.all([
      this.repository.notifications(batch, now),
      this.repository.owed(batch, now),
      this.repository.coming(batch, now),
    ]);
    const sections: Sections = {
      notifications: groupBy(notifications, (n) => `${person(n)}:${n.cadence}`),
      owed: groupBy(owed, person),
      coming: groupBy(coming, person),
    };
    const composed = new Map<string, { message: OutgoingMessage; token: DigestUnsubscribeToken }>();
    for (const recipient of batch) {
      const email = await this.compose(recipient, sections);
      if (email) composed.set(digestKey(recipient), email);
    }
    const queued = await this.repository.transaction(async (em) => {
      const claimed = await this.repository.claim(em, batch, new Set(composed.keys()), now);
      const mine = [...composed].filter(([key]) => claimed.has(key)).map(([, email]) => email);
      await this.repository.saveUnsubscribeTokens(
        em,
        mine.map((e) => e.token),
      );
      await this.mailer.queueMany(
        em,
        mine.map((e) => e.message),
      );
      return mine.length;
    });
    if (queued) this.mailer.deliverSoon();
    this.logger.debug({ recipients: batch.length, queued }, 'digest batch composed');
    return queued;
  }

  /** One recipient's email, or null when there is nothing new and nothing owed. */
  private async compose(r: DigestRecipient, sections: Sections) {
    const who = `${r.userId}:${r.organizationId}`;
    const notifications = sections.notifications.get(digestKey(r)) ?? [];
    const owed = sections.owed.get(who) ?? [];
    if (!notifications.length && !owed.length) return null;
    const base = this.config.publicUrl;
    const token = newToken();
    const groups = [...groupBy(notifications, (n) => n.cohort_id)].map(([, rows]) => ({
      cohortName: rows[0]!.cohort_name,
      lines: rows.map((n) => ({ text: n.text, url: `${base}${n.link}`, when: formatInZone(n.created_at, r.timeZone) })),
    }));
    const props: DigestEmailProps = {
      weekly: r.cadence === 'WEEKLY_DIGEST',
      displayName: r.displayName,
      organizationName: r.organizationName,
      groups,
      more: Math.max(0, (notifications[0]?.total ?? 0) - notifications.length),
      owed: owed.map((o) => ({
        text:
          o.what === 'REVIEW'
            ? `${o.owed === 1 ? '1 review' : `${o.owed} reviews`} for “${o.prompt_title}” (${o.cohort_name})`
            : `Post to “${o.prompt_title}” (${o.cohort_name})`,
        url: `${base}${routes.prompt(r.organizationId, o.prompt_id)}`,
        when: o.due_at ? `due ${formatInZone(o.due_at, r.timeZone)}` : undefined,
      })),
      coming: (sections.coming.get(who) ?? []).map((h) => ({
        text: `${h.title} (${h.cohort_name})`,
        url: `${base}${routes.huddle(r.organizationId, h.huddle_id)}`,
        when: formatInZone(h.starts_at, r.timeZone),
      })),
      urls: {
        notifications: `${base}${routes.notifications(r.organizationId)}`,
        preferences: `${base}${routes.notificationPreferences(r.organizationId)}`,
        unsubscribe: `${base}${routes.unsubscribe(token)}`,
      },
    };
    const newCount = groups.reduce((n, g) => n + g.lines.length, 0) + props.more;
    const message: OutgoingMessage = {
      to: r.email,
      subject: `${digestHeading(props)}: ${summary(newCount, props.owed.length)} · ${r.organizationName}`,
      html: await render(createElement(DigestEmail, props)),
      text: digestText(props),
      category: MailCategory.DIGEST,
      organizationId: r.organizationId,
      headers: {
        // RFC 8058 one-click: the token's kind is DIGEST, so it turns the digest cadences off.
        'List-Unsubscribe': `<${base}${apiPaths.unsubscribe(token)}>`,
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      },
    };
    return { message, token: { tokenHash: hashToken(token), userId: r.userId, organizationId: r.organizationId } };
  }
}
