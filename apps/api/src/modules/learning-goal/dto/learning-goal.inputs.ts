import { applyDecorators } from '@nestjs/common';
import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { LEARNING_GOAL_LIMITS as L, LearningGoalDecision } from '@openhuddle/shared';
import {
  ArrayMaxSize,
  IsBoolean,
  IsDate,
  IsEnum,
  IsInt,
  IsNumber,
  IsOptional,
  IsUrl,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { Trim } from '../../../common/validation/transforms';

const OrganizationId = () => IsUUID('all', { message: 'Unknown organization.' });
const GoalId = () => IsUUID('all', { message: 'Unknown learning goal.' });
const Text = (max: number) => applyDecorators(IsOptional(), MaxLength(max, { message: `At most ${max} characters.` }));
const Link = () =>
  applyDecorators(
    IsOptional(),
    IsUrl({ protocols: ['https', 'http'], require_protocol: true }, { message: 'Use a full link (https://…).' }),
    MaxLength(L.urlMax, { message: `At most ${L.urlMax} characters.` }),
  );
const When = () => IsDate({ message: 'Use a date and time.' });

@InputType()
export class LearningGoalRefInput {
  @Field(() => ID) @OrganizationId() organizationId: string;
  @Field(() => ID) @GoalId() goalId: string;
}

@InputType({ description: 'What the member writes: the goal, its alignment, its coach and cadence.' })
export class DraftLearningGoalInput {
  @Field(() => ID) @OrganizationId() organizationId: string;

  @Field()
  @Trim()
  @Length(1, L.titleMax, { message: `Use 1 to ${L.titleMax} characters.` })
  title: string;

  @Field({ defaultValue: '' }) @Text(L.descriptionMax) description: string;

  @Field(() => ID, { nullable: true, description: 'A goal of the organisation’s plan (optional).' })
  @IsOptional()
  @IsUUID('all', { message: 'Pick a goal of the plan.' })
  planGoalId?: string | null;

  @Field(() => ID, { nullable: true, description: 'A colleague in the organisation (required to submit).' })
  @IsOptional()
  @IsUUID('all', { message: 'Pick a colleague.' })
  coachId?: string | null;

  @Field(() => Int, { defaultValue: 14, description: 'Check in every this many days (7 to 90).' })
  @IsInt({ message: 'Use a whole number of days.' })
  @Min(L.cadenceDaysMin, { message: `Every ${L.cadenceDaysMin} to ${L.cadenceDaysMax} days.` })
  @Max(L.cadenceDaysMax, { message: `Every ${L.cadenceDaysMin} to ${L.cadenceDaysMax} days.` })
  cadenceDays: number;
}

@InputType()
export class UpdateLearningGoalInput extends DraftLearningGoalInput {
  @Field(() => ID) @GoalId() goalId: string;
}

@InputType()
export class SubmitLearningGoalInput extends LearningGoalRefInput {
  @Field({ defaultValue: '', description: 'A note to the coach (optional).' }) @Text(L.commentMax) comment: string;
}

@InputType({ description: 'The coach’s answer to a submitted goal; asking for changes says which.' })
export class ReviewLearningGoalInput extends LearningGoalRefInput {
  @Field(() => LearningGoalDecision)
  @IsEnum(LearningGoalDecision, { message: 'Approve it or ask for changes.' })
  decision: LearningGoalDecision;

  @Field({ defaultValue: '' }) @Trim() @Text(L.commentMax) comment: string;
}

@InputType()
export class CommentOnLearningGoalInput extends LearningGoalRefInput {
  @Field()
  @Trim()
  @Length(1, L.commentMax, { message: `Use 1 to ${L.commentMax} characters.` })
  body: string;
}

@InputType({ description: 'A check-in: a reflection, and evidence — contributions, a measure value, a link.' })
export class AddCheckInInput extends LearningGoalRefInput {
  @Field()
  @Trim()
  @Length(1, L.reflectionMax, { message: `Use 1 to ${L.reflectionMax} characters.` })
  reflection: string;

  @Field(() => [ID], { defaultValue: [], description: 'The member’s own published contributions.' })
  @ArrayMaxSize(L.evidenceMax, { message: `At most ${L.evidenceMax} contributions.` })
  @IsUUID('all', { each: true, message: 'Unknown contribution.' })
  contributionIds: string[];

  @Field(() => String, { nullable: true, description: 'What the number counts, e.g. “students meeting the target”.' })
  @IsOptional()
  @Trim()
  @MaxLength(120, { message: 'At most 120 characters.' })
  measureName?: string | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'Use a number.' })
  measureValue?: number | null;

  @Field(() => String, { nullable: true }) @Link() url?: string | null;
}

@InputType()
export class RespondToCheckInInput {
  @Field(() => ID) @OrganizationId() organizationId: string;
  @Field(() => ID) @IsUUID('all', { message: 'Unknown check-in.' }) checkInId: string;

  @Field()
  @Trim()
  @Length(1, L.commentMax, { message: `Use 1 to ${L.commentMax} characters.` })
  response: string;
}

@InputType({ description: 'A coaching conversation: when, where, and when its follow-up is due.' })
export class ScheduleCoachingConversationInput extends LearningGoalRefInput {
  @Field() @When() startsAt: Date;
  @Field(() => String, { nullable: true, description: 'Where to meet (a video link).' }) @Link() link?: string | null;
  @Field({ description: 'When the follow-up is due (after the conversation).' }) @When() followUpDueAt: Date;
}

@InputType({ description: 'After the conversation: notes, next steps, the follow-up’s date, or the follow-up done.' })
export class RecordCoachingConversationInput {
  @Field(() => ID) @OrganizationId() organizationId: string;
  @Field(() => ID) @IsUUID('all', { message: 'Unknown conversation.' }) conversationId: string;
  @Field({ defaultValue: '' }) @Text(L.notesMax) notes: string;
  @Field({ defaultValue: '' }) @Text(L.notesMax) nextSteps: string;
  @Field(() => Date, { nullable: true }) @IsOptional() @When() followUpDueAt?: Date | null;
  @Field({ defaultValue: false, description: 'The follow-up happened.' })
  @IsBoolean({ message: 'Say yes or no.' })
  followUpDone: boolean;
}
