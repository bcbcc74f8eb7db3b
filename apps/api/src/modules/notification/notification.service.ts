import { Injectable } from '@nestjs/common';
import type { Actor } from '../../common/auth/actor';
import type { NotificationList } from './dto/notification.types';
import { NotificationRepository } from './notification.repository';

/** The actor's own notifications in one organization (membership is checked by the caller's stance). */
@Injectable()
export class NotificationService {
  constructor(private readonly notifications: NotificationRepository) {}

  async list(actor: Actor, organizationId: string): Promise<NotificationList> {
    const [items, unreadCount] = await Promise.all([
      this.notifications.latestFor(organizationId, actor.user.id, 50),
      this.notifications.unreadCount(organizationId, actor.user.id),
    ]);
    return {
      items: items.map((n) => ({
        id: n.id,
        kind: n.kind,
        text: n.text,
        link: n.link,
        createdAt: n.createdAt,
        read: !!n.readAt,
      })),
      unreadCount,
    };
  }

  markAllRead(actor: Actor, organizationId: string): Promise<void> {
    return this.notifications.markAllRead(organizationId, actor.user.id);
  }
}
