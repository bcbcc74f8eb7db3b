import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { SELF_ASSESSMENT_LIMITS as L, SelfAssessmentVisibility } from '@openhuddle/shared';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsDate,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Trim } from '../../../common/validation/transforms';

@InputType()
export class OpenSelfAssessmentRoundInput {
  @Field(() => ID) @IsUUID('all', { message: 'Unknown organization.' }) organizationId: string;
  @Field(() => ID) @IsUUID('all', { message: 'Pick a framework.' }) frameworkId: string;

  @Field(() => ID, { nullable: true, description: 'The cohort asked; the whole organisation when omitted (admins).' })
  @IsOptional()
  @IsUUID('all', { message: 'Unknown cohort.' })
  cohortId?: string | null;

  @Field()
  @Trim()
  @Length(1, L.titleMax, { message: `Use 1 to ${L.titleMax} characters.` })
  title: string;

  @Field(() => Date, { nullable: true, description: 'When members may start answering; now when omitted.' })
  @IsOptional()
  @IsDate({ message: 'Use a date and time.' })
  opensAt?: Date | null;

  @Field({ description: 'When the round stops taking answers.' })
  @IsDate({ message: 'Use a date and time.' })
  closesAt: Date;

  @Field(() => SelfAssessmentVisibility, {
    description: 'Who sees the answers; stated to members before they answer and fixed for the round.',
  })
  @IsEnum(SelfAssessmentVisibility, { message: 'Pick who sees the answers.' })
  visibility: SelfAssessmentVisibility;
}

@InputType()
export class SelfAssessmentRoundRefInput {
  @Field(() => ID) @IsUUID('all', { message: 'Unknown organization.' }) organizationId: string;
  @Field(() => ID) @IsUUID('all', { message: 'Unknown round.' }) roundId: string;
}

@InputType()
export class PracticeRatingInput {
  @Field() @IsString() @Length(1, 64, { message: 'Unknown practice.' }) practiceKey: string;

  @Field(() => Int)
  @IsInt({ message: 'Pick a level.' })
  @Min(1, { message: 'Pick a level.' })
  @Max(6, { message: 'Pick a level.' })
  level: number;

  @Field({ defaultValue: '', description: 'Evidence in your words (optional).' })
  @IsString({ message: 'The note is text.' })
  @MaxLength(L.noteMax, { message: `At most ${L.noteMax} characters.` })
  note: string;

  @Field(() => ID, { nullable: true, description: 'One of your own published contributions, as evidence.' })
  @IsOptional()
  @IsUUID('all', { message: 'Unknown contribution.' })
  contributionId?: string | null;
}

@InputType()
export class SubmitSelfAssessmentInput extends SelfAssessmentRoundRefInput {
  @Field(() => [PracticeRatingInput], { description: 'One rating per practice of the round’s framework.' })
  @ArrayMinSize(1, { message: 'Rate yourself on every practice.' })
  @ArrayMaxSize(60, { message: 'Rate each practice once.' })
  @ValidateNested({ each: true })
  @Type(() => PracticeRatingInput)
  ratings: PracticeRatingInput[];

  @Field(() => [String], {
    description: `Up to ${L.growthPicksMax} practices you most want to grow, most wanted first.`,
  })
  @ArrayMaxSize(L.growthPicksMax, { message: `Pick at most ${L.growthPicksMax} practices to grow.` })
  @IsString({ each: true, message: 'Unknown practice.' })
  growthPracticeKeys: string[];
}

@InputType()
export class SuggestTeamsInput extends SelfAssessmentRoundRefInput {
  @Field(() => Int, { defaultValue: 4 })
  @IsInt({ message: 'Use a whole number.' })
  @Min(L.teamSizeMin, { message: `Teams of ${L.teamSizeMin} to ${L.teamSizeMax} people.` })
  @Max(L.teamSizeMax, { message: `Teams of ${L.teamSizeMin} to ${L.teamSizeMax} people.` })
  teamSize: number;

  @Field(() => Int, { defaultValue: 1, description: 'The same seed gives the same suggestion; another reshuffles.' })
  @IsInt({ message: 'Use a whole number.' })
  @Min(0, { message: 'Use a whole number from 0.' })
  @Max(2_147_483_647, { message: 'Use a smaller number.' })
  seed: number;

  @Field({ defaultValue: true, description: 'Not all from one existing team (or cohort).' })
  @IsBoolean()
  mixExistingGroups: boolean;

  @Field({ defaultValue: true, description: 'At least one person rated 3 or above in the practice.' })
  @IsBoolean()
  requireStrongMember: boolean;
}

@InputType()
export class TeamToCreateInput {
  @Field()
  @Trim()
  @Length(1, 100, { message: 'Use 1 to 100 characters.' })
  name: string;

  @Field(() => [ID])
  @ArrayMinSize(1, { message: 'A team needs at least one person.' })
  @ArrayMaxSize(50, { message: 'At most 50 people.' })
  @IsUUID('all', { each: true, message: 'Unknown person.' })
  userIds: string[];
}

@InputType()
export class CreateCohortsFromTeamsInput extends SelfAssessmentRoundRefInput {
  @Field(() => [TeamToCreateInput])
  @ArrayMinSize(1, { message: 'Keep at least one team.' })
  @ArrayMaxSize(100, { message: 'At most 100 teams at once.' })
  @ValidateNested({ each: true })
  @Type(() => TeamToCreateInput)
  teams: TeamToCreateInput[];
}
