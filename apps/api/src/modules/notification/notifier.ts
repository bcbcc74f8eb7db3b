import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { NotificationEntity } from './notification.entity';

export interface NewNotification {
  organizationId: string;
  userId: string;
  kind: string;
  text: string;
  link: string;
  /** Same key, same notification: sending twice is harmless. */
  dedupeKey: string;
}

/** A way to reach people besides the in-app list (email later). Registered channels get new notifications. */
export interface NotificationChannel {
  deliver(notification: NewNotification): Promise<void>;
}

/** Stores in-app notifications (idempotently) and hands new ones to the other channels. */
@Injectable()
export class Notifier {
  private readonly channels: NotificationChannel[] = [];

  constructor(private readonly dataSource: DataSource) {}

  addChannel(channel: NotificationChannel): void {
    this.channels.push(channel);
  }

  /** Returns how many were new (not sent before). */
  async notify(notifications: NewNotification[]): Promise<number> {
    if (!notifications.length) return 0;
    const result = await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(NotificationEntity)
      .values(notifications)
      .orIgnore()
      .returning('*')
      .execute();
    const fresh = new Set((result.raw as Array<{ dedupe_key: string }>).map((r) => r.dedupe_key));
    const delivered = notifications.filter((n) => fresh.has(n.dedupeKey));
    for (const channel of this.channels) for (const n of delivered) await channel.deliver(n);
    return delivered.length;
  }
}
