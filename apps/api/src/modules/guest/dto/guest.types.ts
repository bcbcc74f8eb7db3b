import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { CohortRole, LIMITS } from '@openhuddle/shared';
import { IsEmail, IsEnum, IsNotEmpty, IsUUID, MaxLength } from 'class-validator';
import { NormalizeEmail } from '../../../common/validation/transforms';
import { UserProfile } from '../../user/dto/user.types';

@ObjectType({ description: 'A Guest: someone of another organization with a place in one cohort of this one.' })
export class Guest {
  @Field(() => ID, { description: 'The cohort place (CohortMember id).' }) id: string;
  @Field(() => ID) cohortId: string;
  @Field() cohortName: string;
  @Field(() => CohortRole) role: CohortRole;
  @Field(() => UserProfile) user: UserProfile;
  @Field() email: string;
  @Field() joinedAt: Date;
}

@ObjectType({ description: 'A cohort the viewer is a Guest in, under its host organization’s name.' })
export class GuestCohort {
  @Field(() => ID) cohortId: string;
  @Field() cohortName: string;
  @Field(() => ID) organizationId: string;
  @Field() organizationName: string;
  @Field(() => CohortRole) role: CohortRole;
}

@ObjectType({ description: 'A pending Guest invitation to one cohort.' })
export class GuestInvitation {
  @Field(() => ID) id: string;
  @Field() email: string;
  @Field(() => ID) cohortId: string;
  @Field(() => CohortRole) cohortRole: CohortRole;
  @Field() expiresAt: Date;
  @Field(() => String, {
    nullable: true,
    description:
      'The link to send. Returned only to the inviter, right after inviting, while email delivery is not configured.',
  })
  acceptUrl: string | null;
}

@InputType()
export class InviteGuestInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Unknown cohort.' })
  cohortId: string;

  @Field()
  @NormalizeEmail()
  @IsNotEmpty({ message: 'Enter an email address.' })
  @IsEmail({}, { message: 'Enter a valid email address, like name@consultancy.example.' })
  @MaxLength(LIMITS.emailMax, { message: `Email must be at most ${LIMITS.emailMax} characters.` })
  email: string;

  @Field(() => CohortRole)
  @IsEnum(CohortRole, { message: 'Pick a cohort role.' })
  role: CohortRole;
}

@InputType()
export class RemoveGuestInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Unknown organization.' })
  organizationId: string;

  @Field(() => ID, { description: 'The guest’s cohort place (Guest.id).' })
  @IsUUID('all', { message: 'Unknown guest.' })
  guestId: string;
}
