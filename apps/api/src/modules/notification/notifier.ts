import { Inject, Injectable } from '@nestjs/common';
import type { NotificationKind } from '@openhuddle/shared';
import type { PubSubEngine } from 'graphql-subscriptions';
import { PUB_SUB } from '../activity/pub-sub';
import { decideDelivery, type Delivery } from './notification-delivery';
import { type NewNotification, NotificationRepository } from './notification.repository';

export type { NewNotification } from './notification.repository';
export type { Delivery } from './notification-delivery';

/** A stored notification handed to channels, with its id. */
export type SentNotification = NewNotification & { id: string; kind: NotificationKind };

/** A way to reach people besides the in-app list (email). Registered channels get each new notification. */
export interface NotificationChannel {
  deliver(notification: SentNotification, delivery: Delivery): Promise<void>;
}

export const notificationTopic = (userId: string) => `notification:${userId}`;

/** What a `notificationAdded` subscriber receives before it is checked again for them. */
export interface NotificationDelivered {
  id: string;
  organizationId: string;
  userId: string;
}

/**
 * Stores notifications (idempotently) by each person's preferences — nothing from a muted cohort,
 * stored but not listed when the kind is off in-app — and hands new ones to the other channels
 * with their delivery decision (notification-delivery.ts). Nobody is notified about their own
 * action: producers leave the actor out.
 */
@Injectable()
export class Notifier {
  private readonly channels: NotificationChannel[] = [];

  constructor(
    private readonly notifications: NotificationRepository,
    @Inject(PUB_SUB) private readonly pubSub: PubSubEngine,
  ) {}

  addChannel(channel: NotificationChannel): void {
    this.channels.push(channel);
  }

  /** Returns how many were new (not sent before, and wanted: not muted, not off everywhere). */
  async notify(notifications: NewNotification[], now = new Date()): Promise<number> {
    if (!notifications.length) return 0;
    const stored = await this.notifications.store(notifications);
    for (const { notification: n, id, facts } of stored) {
      const kind = n.kind as NotificationKind;
      const delivery = decideDelivery(
        kind,
        {
          inApp: facts.chosen_in_app,
          email: facts.email,
          quietStartMinute: facts.quiet_start_minute,
          quietEndMinute: facts.quiet_end_minute,
          timeZone: facts.time_zone,
          muted: facts.muted,
        },
        now,
      );
      if (delivery.inApp) {
        await this.pubSub.publish(notificationTopic(n.userId), {
          id,
          organizationId: n.organizationId,
          userId: n.userId,
        } satisfies NotificationDelivered);
      }
      for (const channel of this.channels) await channel.deliver({ ...n, id, kind }, delivery);
    }
    return stored.length;
  }
}
