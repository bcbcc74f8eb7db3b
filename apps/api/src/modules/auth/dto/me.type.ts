import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { ActorUser } from '../../../common/auth/actor';

/** The signed-in user, as they see themselves. */
@ObjectType()
export class Me {
  @Field(() => ID) id: string;
  @Field() email: string;
  @Field() displayName: string;
  @Field() timeZone: string;
  @Field(() => String, { nullable: true }) avatarUrl: string | null;

  static from(user: ActorUser): Me {
    return Object.assign(new Me(), {
      id: user.id,
      email: user.email,
      displayName: user.displayName,
      timeZone: user.timeZone,
      avatarUrl: user.avatarUrl,
    });
  }
}
