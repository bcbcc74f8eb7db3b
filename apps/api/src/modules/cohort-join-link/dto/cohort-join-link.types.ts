import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CohortRole } from '@openhuddle/shared';
import { IsBoolean, IsInt, IsNotEmpty, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { UserProfile } from '../../user/dto/user.types';

export const JOIN_LINK_MAX_DAYS = 90;
export const JOIN_LINK_MAX_USES = 1000;
/** How many of a cohort's links (newest first) the members page lists. */
export const JOIN_LINK_LIST_MAX = 50;
/** How many of a link's people each list entry carries (the count says the rest). */
export const JOIN_LINK_USES_SHOWN = 50;

export enum JoinLinkStatus {
  ACTIVE = 'ACTIVE',
  EXPIRED = 'EXPIRED',
  REVOKED = 'REVOKED',
  USED_UP = 'USED_UP',
}
registerEnumType(JoinLinkStatus, {
  name: 'JoinLinkStatus',
  description: 'Whether a cohort join link can still be used, and if not, why.',
});

@ObjectType({ description: 'Someone who joined a cohort through a join link.' })
export class CohortJoinLinkUse {
  @Field(() => UserProfile) user: UserProfile;
  @Field({ description: 'Joined as a Guest (not a member of the organization).' }) guest: boolean;
  @Field() usedAt: Date;
}

@ObjectType({ description: 'A cohort join link, as its cohort’s facilitators see it (never its address).' })
export class CohortJoinLink {
  @Field(() => ID) id: string;
  @Field(() => ID) cohortId: string;
  @Field() createdAt: Date;
  @Field(() => String, { nullable: true }) createdByName: string | null;
  @Field() expiresAt: Date;
  @Field(() => Int) maxUses: number;
  @Field(() => Int) useCount: number;
  @Field({ description: 'People of other organizations may join through it, as Guests of this cohort only.' })
  admitsGuests: boolean;
  @Field(() => Date, { nullable: true }) revokedAt: Date | null;
  @Field(() => JoinLinkStatus) status: JoinLinkStatus;
  @Field(() => [CohortJoinLinkUse], {
    description: `Who joined through it, newest first (at most ${JOIN_LINK_USES_SHOWN}).`,
  })
  uses: CohortJoinLinkUse[];
}

@ObjectType({ description: 'A join link just created: its address is shown this once (only its hash is kept).' })
export class CreatedCohortJoinLink {
  @Field(() => CohortJoinLink) link: CohortJoinLink;
  @Field() url: string;
}

@ObjectType({ description: 'What a join link offers, before signing in.' })
export class CohortJoinLinkPreview {
  @Field() cohortName: string;
  @Field() organizationName: string;
  @Field(() => JoinLinkStatus) status: JoinLinkStatus;
  @Field() admitsGuests: boolean;
  @Field() expiresAt: Date;
}

@ObjectType({ description: 'The cohort place taken through a join link.' })
export class JoinedCohort {
  @Field(() => ID) cohortId: string;
  @Field() cohortName: string;
  @Field(() => ID) organizationId: string;
  @Field(() => CohortRole) role: CohortRole;
  @Field({ description: 'A Guest place: the person is not a member of the organization.' }) guest: boolean;
}

@InputType()
export class CreateCohortJoinLinkInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Unknown cohort.' })
  cohortId: string;

  @Field(() => Int, { description: `Days until the link stops working (1–${JOIN_LINK_MAX_DAYS}).` })
  @IsInt({ message: 'Enter a whole number of days.' })
  @Min(1, { message: 'A link lasts at least 1 day.' })
  @Max(JOIN_LINK_MAX_DAYS, { message: `A link lasts at most ${JOIN_LINK_MAX_DAYS} days.` })
  expiresInDays: number;

  @Field(() => Int, { description: `How many people may join through it (1–${JOIN_LINK_MAX_USES}).` })
  @IsInt({ message: 'Enter a whole number of people.' })
  @Min(1, { message: 'Allow at least 1 person.' })
  @Max(JOIN_LINK_MAX_USES, { message: `Allow at most ${JOIN_LINK_MAX_USES} people.` })
  maxUses: number;

  @Field({ defaultValue: false, description: 'Let people of other organizations join as Guests of this cohort.' })
  @IsBoolean({ message: 'Say yes or no.' })
  admitsGuests: boolean;
}

@InputType()
export class RevokeCohortJoinLinkInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Unknown cohort.' })
  cohortId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'Unknown join link.' })
  linkId: string;
}

@InputType()
export class JoinCohortInput {
  @Field()
  @IsNotEmpty({ message: 'The link is incomplete.' })
  @MaxLength(200, { message: 'The link is not a join link.' })
  token: string;
}
