import { Injectable } from '@nestjs/common';
import { type NewNotification, NotificationRepository } from './notification.repository';

export type { NewNotification } from './notification.repository';

/** A way to reach people besides the in-app list (email later). Registered channels get new notifications. */
export interface NotificationChannel {
  deliver(notification: NewNotification): Promise<void>;
}

/** Stores in-app notifications (idempotently) and hands new ones to the other channels. */
@Injectable()
export class Notifier {
  private readonly channels: NotificationChannel[] = [];

  constructor(private readonly notifications: NotificationRepository) {}

  addChannel(channel: NotificationChannel): void {
    this.channels.push(channel);
  }

  /** Returns how many were new (not sent before). */
  async notify(notifications: NewNotification[]): Promise<number> {
    if (!notifications.length) return 0;
    const fresh = await this.notifications.insertNew(notifications);
    const delivered = notifications.filter((n) => fresh.has(n.dedupeKey));
    for (const channel of this.channels) for (const n of delivered) await channel.deliver(n);
    return delivered.length;
  }
}
