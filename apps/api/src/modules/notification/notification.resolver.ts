import { Args, ID, Int, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { OrgRole } from '@openhuddle/shared';
import type { PubSubEngine } from 'graphql-subscriptions';
import { Inject } from '@nestjs/common';
import { CurrentActor, OrgScoped, SignedIn } from '../../common/auth/access.decorators';
import type { Actor } from '../../common/auth/actor';
import type { RequestContext } from '../../common/auth/request-context';
import { PUB_SUB } from '../activity/pub-sub';
import { Notification, NotificationList } from './dto/notification.types';
import { NotificationService } from './notification.service';
import { type NotificationDelivered, notificationTopic } from './notifier';

type Delivered = NotificationDelivered & { views?: Map<string, Notification | null> };

@Resolver(() => Notification)
export class NotificationResolver {
  constructor(
    private readonly notificationService: NotificationService,
    @Inject(PUB_SUB) private readonly pubSub: PubSubEngine,
  ) {}

  @OrgScoped(OrgRole.MEMBER, 'organizationId')
  @Query(() => NotificationList, {
    description: 'The viewer’s notifications in the organization, newest first, a page at a time.',
  })
  notifications(
    @Args('organizationId', { type: () => ID }) organizationId: string,
    @CurrentActor() actor: Actor,
    @Args('unreadOnly', { type: () => Boolean, defaultValue: false }) unreadOnly: boolean,
    @Args('first', { type: () => Int, nullable: true, description: 'At most 50; 50 when left out.' })
    first?: number | null,
    @Args('after', { type: () => ID, nullable: true, description: 'The previous page’s `endCursor`.' })
    after?: string | null,
  ): Promise<NotificationList> {
    return this.notificationService.list(actor, organizationId, { unreadOnly, first: first ?? undefined, after });
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

  @SignedIn()
  @Mutation(() => Notification, { description: 'Marks one of the viewer’s notifications read (opening it).' })
  markNotificationRead(
    @Args('notificationId', { type: () => ID }) notificationId: string,
    @CurrentActor() actor: Actor,
  ): Promise<Notification> {
    return this.notificationService.markRead(actor, notificationId);
  }

  @Subscription(() => Notification, {
    description:
      'The viewer’s new notifications in the organization, each checked again at delivery (visibility, membership).',
    filter(this: NotificationResolver, payload: Delivered, args: { organizationId: string }, ctx: RequestContext) {
      return this.viewFor(payload, args.organizationId, ctx).then((view) => !!view);
    },
    resolve(this: NotificationResolver, payload: Delivered, args: { organizationId: string }, ctx: RequestContext) {
      return this.viewFor(payload, args.organizationId, ctx);
    },
  })
  @OrgScoped(OrgRole.MEMBER, 'organizationId')
  notificationAdded(@Args('organizationId', { type: () => ID }) _organizationId: string, @CurrentActor() actor: Actor) {
    return this.pubSub.asyncIterableIterator(notificationTopic(actor.user.id));
  }

  private async viewFor(payload: Delivered, organizationId: string, ctx: RequestContext): Promise<Notification | null> {
    const viewerId = ctx.viewer?.user.id ?? null;
    if (!viewerId || viewerId !== payload.userId || organizationId !== payload.organizationId) return null;
    const cache = (payload.views ??= new Map());
    if (!cache.has(viewerId)) {
      cache.set(viewerId, await this.notificationService.visibleOne(viewerId, organizationId, payload.id));
    }
    return cache.get(viewerId)!;
  }
}
