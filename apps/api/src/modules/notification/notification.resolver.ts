import { Args, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { OrgRole } from '@openhuddle/shared';
import { DataSource, IsNull } from 'typeorm';
import { CurrentMembership, OrgScoped } from '../../common/auth/access.decorators';
import type { MembershipEntity } from '../organization/membership.entity';
import { NotificationEntity } from './notification.entity';

@ObjectType()
export class Notification {
  @Field(() => ID) id: string;
  @Field() kind: string;
  @Field() text: string;
  @Field({ description: 'In-app path to open.' }) link: string;
  @Field() createdAt: Date;
  @Field() read: boolean;
}

@ObjectType()
export class NotificationList {
  @Field(() => [Notification]) items: Notification[];
  @Field(() => Int) unreadCount: number;
}

@Resolver(() => Notification)
export class NotificationResolver {
  constructor(private readonly dataSource: DataSource) {}

  @OrgScoped(OrgRole.MEMBER, 'organizationId')
  @Query(() => NotificationList, { description: 'The viewer’s latest notifications in the organization.' })
  async notifications(
    @Args('organizationId', { type: () => ID }) organizationId: string,
    @CurrentMembership() membership: MembershipEntity,
  ): Promise<NotificationList> {
    const repo = this.dataSource.getRepository(NotificationEntity);
    const [items, unreadCount] = await Promise.all([
      repo.find({ where: { organizationId, userId: membership.userId }, order: { createdAt: 'DESC' }, take: 50 }),
      repo.countBy({ organizationId, userId: membership.userId, readAt: IsNull() }),
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

  @OrgScoped(OrgRole.MEMBER, 'organizationId')
  @Mutation(() => Boolean)
  async markNotificationsRead(
    @Args('organizationId', { type: () => ID }) organizationId: string,
    @CurrentMembership() membership: MembershipEntity,
  ): Promise<boolean> {
    await this.dataSource
      .getRepository(NotificationEntity)
      .update({ organizationId, userId: membership.userId, readAt: IsNull() }, { readAt: new Date() });
    return true;
  }
}
