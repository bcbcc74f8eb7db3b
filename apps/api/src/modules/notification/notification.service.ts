import { Injectable } from '@nestjs/common';
import { NOTIFICATION_LIMITS } from '@openhuddle/shared';
import type { Actor } from '../../common/auth/actor';
import { AppError } from '../../common/errors/app-error';
import type { Notification, NotificationList } from './dto/notification.types';
import { type NotificationRow, NotificationRepository } from './notification.repository';

export interface NotificationPageArgs {
  unreadOnly?: boolean;
  first?: number;
  after?: string | null;
}

export function toNotification(row: NotificationRow): Notification {
  return {
    id: row.id,
    kind: row.kind,
    text: row.text,
    link: row.link,
    createdAt: row.created_at,
    read: !!row.read_at,
    cohortId: row.cohort_id,
    cohortName: row.cohort_name,
  };
}

/**
 * The actor's own notifications in one organization (membership is checked by the caller's
 * stance). Every read applies VISIBLE_NOTIFICATION_SQL: what the reader can no longer see is gone.
 */
@Injectable()
export class NotificationService {
  constructor(private readonly notifications: NotificationRepository) {}

  async list(actor: Actor, organizationId: string, args: NotificationPageArgs = {}): Promise<NotificationList> {
    const first = args.first ?? NOTIFICATION_LIMITS.pageSizeMax;
    if (!Number.isInteger(first) || first < 1 || first > NOTIFICATION_LIMITS.pageSizeMax) {
      throw AppError.badInput({ first: `Ask for 1 to ${NOTIFICATION_LIMITS.pageSizeMax} notifications.` });
    }
    const [rows, unreadCount] = await Promise.all([
      this.notifications.page({
        organizationId,
        userId: actor.user.id,
        unreadOnly: !!args.unreadOnly,
        after: args.after ?? null,
        take: first + 1,
      }),
      this.notifications.unreadCount(organizationId, actor.user.id),
    ]);
    const items = rows.slice(0, first).map(toNotification);
    const hasNextPage = rows.length > first;
    return { items, unreadCount, pageInfo: { hasNextPage, endCursor: hasNextPage ? items.at(-1)!.id : null } };
  }

  /** A notification for a real-time subscriber, only if they may still see it. */
  async visibleOne(userId: string, organizationId: string, id: string): Promise<Notification | null> {
    const row = await this.notifications.visibleOne(organizationId, userId, id);
    return row && toNotification(row);
  }

  markAllRead(actor: Actor, organizationId: string): Promise<void> {
    return this.notifications.markAllRead(organizationId, actor.user.id);
  }

  /** Someone else's notification (or none) is NOT_FOUND alike. */
  async markRead(actor: Actor, notificationId: string): Promise<Notification> {
    const marked = await this.notifications.markRead(actor.user.id, notificationId);
    const seen = marked && (await this.visibleOne(actor.user.id, marked.organizationId, notificationId));
    if (!seen) throw AppError.notFound('Notification');
    return seen;
  }
}
