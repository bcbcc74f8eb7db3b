import { Injectable } from '@nestjs/common';
import { DataSource, IsNull } from 'typeorm';
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

/** The notification module's only access to the database. */
@Injectable()
export class NotificationRepository {
  constructor(private readonly dataSource: DataSource) {}

  latestFor(organizationId: string, userId: string, take: number): Promise<NotificationEntity[]> {
    return this.dataSource
      .getRepository(NotificationEntity)
      .find({ where: { organizationId, userId }, order: { createdAt: 'DESC' }, take });
  }

  unreadCount(organizationId: string, userId: string): Promise<number> {
    return this.dataSource.getRepository(NotificationEntity).countBy({ organizationId, userId, readAt: IsNull() });
  }

  async markAllRead(organizationId: string, userId: string): Promise<void> {
    await this.dataSource
      .getRepository(NotificationEntity)
      .update({ organizationId, userId, readAt: IsNull() }, { readAt: new Date() });
  }

  /** Stores the notifications not sent before (same dedupe key, same notification); returns their keys. */
  async insertNew(notifications: NewNotification[]): Promise<Set<string>> {
    const result = await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(NotificationEntity)
      .values(notifications)
      .orIgnore()
      .returning('*')
      .execute();
    return new Set((result.raw as Array<{ dedupe_key: string }>).map((r) => r.dedupe_key));
  }
}
