import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { LIMITS } from '@openhuddle/shared';
import { Equals, IsNotEmpty, IsOptional, MaxLength, Validate } from 'class-validator';
import { Trim } from '../../../common/validation/transforms';
import type { UserEntity } from '../user.entity';
import { IsDisplayName } from '../../../common/validation/display-name.validator';
import { IsTimeZone } from '../time-zone.validator';

/** What any member of a shared organization may see of a person. */
@ObjectType()
export class UserProfile {
  @Field(() => ID)
  id: string;

  @Field()
  displayName: string;

  @Field(() => String, { nullable: true })
  avatarUrl: string | null;

  @Field({ description: 'IANA time zone, e.g. Europe/Berlin.' })
  timeZone: string;

  static from(user: UserEntity): UserProfile {
    return Object.assign(new UserProfile(), {
      id: user.id,
      displayName: user.displayName,
      avatarUrl: user.avatarUrl,
      timeZone: user.timeZone,
    });
  }
}

@InputType()
export class UpdateProfileInput {
  @Field({ nullable: true })
  @IsOptional()
  @Trim()
  @IsNotEmpty({ message: 'Your name cannot be empty.' })
  @MaxLength(LIMITS.displayNameMax, { message: `Name must be at most ${LIMITS.displayNameMax} characters.` })
  @IsDisplayName()
  displayName?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Validate(IsTimeZone)
  timeZone?: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Only null, to remove the picture. Pictures are uploaded (POST /api/avatar) and served by OpenHuddle: an address on another site would be fetched by every viewer’s browser.',
  })
  @IsOptional()
  @Equals(null, { message: 'Upload a picture instead: OpenHuddle does not show pictures from other sites.' })
  avatarUrl?: string | null;
}
