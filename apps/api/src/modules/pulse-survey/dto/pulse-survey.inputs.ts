import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { DEFAULT_PULSE_COMMENT_PROMPT, PULSE_LIMITS, PulseSchedule } from '@openhuddle/shared';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { Trim } from '../../../common/validation/transforms';

const L = PULSE_LIMITS;

@InputType()
export class CreatePulseSurveyInput {
  @Field(() => ID) @IsUUID('all', { message: 'Unknown cohort.' }) cohortId: string;

  @Field()
  @Trim()
  @Length(1, L.titleMax, { message: `Use 1 to ${L.titleMax} characters.` })
  title: string;

  @Field(() => [String], { description: 'The Likert statements, answered from 1 (strongly disagree) to 5.' })
  @ArrayMinSize(L.questionsMin, { message: `Ask at least ${L.questionsMin} question.` })
  @ArrayMaxSize(L.questionsMax, { message: `Ask at most ${L.questionsMax} questions: a pulse takes under a minute.` })
  @IsString({ each: true, message: 'Each question is text.' })
  @Length(1, L.questionMax, { each: true, message: `Each question uses 1 to ${L.questionMax} characters.` })
  questions: string[];

  @Field({ defaultValue: DEFAULT_PULSE_COMMENT_PROMPT })
  @Trim()
  @Length(1, L.commentPromptMax, { message: `Use 1 to ${L.commentPromptMax} characters.` })
  commentPrompt: string;

  @Field(() => PulseSchedule, { defaultValue: PulseSchedule.ONCE })
  @IsEnum(PulseSchedule, { message: 'Pick once, weekly or after each huddle.' })
  schedule: PulseSchedule;

  @Field(() => Int, { defaultValue: 7, description: 'How many days each round stays open.' })
  @IsInt({ message: 'Use a whole number of days.' })
  @Min(1, { message: `Keep a round open 1 to ${L.windowDaysMax} days.` })
  @Max(L.windowDaysMax, { message: `Keep a round open 1 to ${L.windowDaysMax} days.` })
  windowDays: number;
}

@InputType()
export class AnswerPulseInput {
  @Field(() => ID) @IsUUID('all', { message: 'Unknown pulse round.' }) roundId: string;

  @Field(() => [Int], { description: 'One score per question, in order, each 1 to 5.' })
  @ArrayMinSize(1, { message: 'Answer every question.' })
  @ArrayMaxSize(L.questionsMax, { message: 'Answer each question once.' })
  @IsInt({ each: true, message: 'Scores are whole numbers from 1 to 5.' })
  @Min(1, { each: true, message: 'Scores are whole numbers from 1 to 5.' })
  @Max(L.scaleMax, { each: true, message: 'Scores are whole numbers from 1 to 5.' })
  scores: number[];

  @Field(() => String, { nullable: true, description: 'Optional; shown without a name, and only once 5 answered.' })
  @IsOptional()
  @IsString({ message: 'The comment is text.' })
  @MaxLength(L.commentMax, { message: `At most ${L.commentMax} characters.` })
  comment?: string | null;
}
