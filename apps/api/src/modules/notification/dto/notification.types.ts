import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { NotificationKind } from '@openhuddle/shared';

registerEnumType(NotificationKind, { name: 'NotificationKind', description: 'What a notification is about.' });

@ObjectType()
export class Notification {
  @Field(() => ID) id: string;
  @Field(() => NotificationKind) kind: NotificationKind;
  @Field() text: string;
  @Field({ description: 'In-app path to open.' }) link: string;
  @Field() createdAt: Date;
  @Field() read: boolean;
  @Field(() => ID, { nullable: true, description: 'The cohort it happened in, if any.' }) cohortId: string | null;
  @Field(() => String, { nullable: true }) cohortName: string | null;
}

@ObjectType()
export class NotificationPageInfo {
  @Field() hasNextPage: boolean;
  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page.' })
  endCursor: string | null;
}

@ObjectType()
export class NotificationList {
  @Field(() => [Notification], {
    description: 'Newest first; only what the viewer may still see (deleted or hidden subjects drop out).',
  })
  items: Notification[];
  @Field(() => Int, { description: 'Unread notifications the viewer may still see (the bell’s badge).' })
  unreadCount: number;
  @Field(() => NotificationPageInfo) pageInfo: NotificationPageInfo;
}
