import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

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
