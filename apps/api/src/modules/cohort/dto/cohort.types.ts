import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CohortRole, LEARNING_LIMITS } from '@openhuddle/shared';
import { ArrayMaxSize, ArrayMinSize, IsEnum, IsISO8601, IsOptional, IsUUID, Length, MaxLength } from 'class-validator';
import { Trim } from '../../../common/validation/transforms';
import { UserProfile } from '../../user/dto/user.types';

registerEnumType(CohortRole, { name: 'CohortRole' });

@ObjectType({
  description: 'What the viewer may do in the cohort (cohort.policy.ts), so the web app hides what the API refuses.',
})
export class CohortPermissions {
  @Field({ description: 'Runs the cohort: its facilitators, and admins and owners of its organization.' })
  facilitate: boolean;
  @Field({ description: 'Posts contributions and feedback: members and facilitators, not observers.' })
  post: boolean;
  @Field({
    description:
      'Sees everything inside the cohort (every published contribution whatever its reveal rule, authors of anonymous ones): its own facilitators only; an admin outside it reads as an observer.',
  })
  seeEverything: boolean;
}

@ObjectType()
export class Team {
  @Field(() => ID) id: string;
  @Field() name: string;
}

@ObjectType()
export class CohortMember {
  @Field(() => ID) id: string;
  @Field(() => CohortRole) role: CohortRole;
  @Field(() => UserProfile) user: UserProfile;
  @Field(() => ID, { nullable: true }) teamId: string | null;
  @Field() joinedAt: Date;
  @Field({ description: 'A Guest: of another organization, in this cohort only (shown marked "Guest" to everyone).' })
  guest: boolean;
}

@ObjectType()
export class Cohort {
  @Field(() => ID) id: string;
  @Field(() => ID) organizationId: string;
  @Field() name: string;
  @Field() description: string;
  @Field(() => String, { nullable: true, description: 'ISO date (YYYY-MM-DD).' }) startsOn: string | null;
  @Field(() => String, { nullable: true, description: 'ISO date (YYYY-MM-DD).' }) endsOn: string | null;
  @Field(() => CohortRole, {
    nullable: true,
    description: "The viewer's cohort role (null for admins who are not members).",
  })
  viewerRole: CohortRole | null;
  @Field(() => CohortPermissions) viewerCan: CohortPermissions;
}

@InputType()
export class CreateCohortInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Unknown organization.' })
  organizationId: string;

  @Field()
  @Trim()
  @Length(2, LEARNING_LIMITS.cohortNameMax, { message: `Use 2 to ${LEARNING_LIMITS.cohortNameMax} characters.` })
  name: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(LEARNING_LIMITS.descriptionMax, { message: `At most ${LEARNING_LIMITS.descriptionMax} characters.` })
  description?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'Use a date like 2026-09-01.' })
  startsOn?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'Use a date like 2027-06-15.' })
  endsOn?: string;
}

@InputType()
export class AddCohortMembersInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Unknown cohort.' })
  cohortId: string;

  @Field(() => [ID], { description: 'Users who are members of the cohort’s organization.' })
  @ArrayMinSize(1, { message: 'Pick at least one person.' })
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true, message: 'Unknown person.' })
  userIds: string[];

  @Field(() => CohortRole)
  @IsEnum(CohortRole, { message: 'Pick a cohort role.' })
  role: CohortRole;
}

@InputType()
export class CreateTeamInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Unknown cohort.' })
  cohortId: string;

  @Field()
  @Trim()
  @Length(1, LEARNING_LIMITS.teamNameMax, { message: `Use 1 to ${LEARNING_LIMITS.teamNameMax} characters.` })
  name: string;
}

@InputType()
export class AssignTeamInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Unknown cohort member.' })
  cohortMemberId: string;

  @Field(() => ID, { nullable: true, description: 'Null takes the member out of any team.' })
  @IsOptional()
  @IsUUID('all', { message: 'Unknown team.' })
  teamId?: string | null;
}
