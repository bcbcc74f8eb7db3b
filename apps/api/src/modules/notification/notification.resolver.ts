import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { OrgRole } from '@openhuddle/shared';
import { CurrentActor, OrgScoped } from '../../common/auth/access.decorators';
import type { Actor } from '../../common/auth/actor';
import { Notification, NotificationList } from './dto/notification.types';
import { NotificationService } from './notification.service';

@Resolver(() => Notification)
export class NotificationResolver {
  constructor(private readonly notificationService: NotificationService) {}

  @OrgScoped(OrgRole.MEMBER, 'organizationId')
  @Query(() => NotificationList, { description: 'The viewer’s latest notifications in the organization.' })
  notifications(
    @Args('organizationId', { type: () => ID }) organizationId: string,
    @CurrentActor() actor: Actor,
  ): Promise<NotificationList> {
    return this.notificationService.list(actor, organizationId);
  }

  @OrgScoped(OrgRole.MEMBER, 'organizationId')
  @Mutation(() => Boolean)
  async markNotificationsRead(
    @Args('organizationId', { type: () => ID }) organizationId: string,
    @CurrentActor() actor: Actor,
  ): Promise<boolean> {
    await this.notificationService.markAllRead(actor, organizationId);
    return true;
  }
}
