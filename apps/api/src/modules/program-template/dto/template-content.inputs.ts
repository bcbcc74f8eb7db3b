import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  Anonymity,
  ContributionKind,
  HUDDLE_LIMITS,
  LEARNING_LIMITS,
  PROGRAM_TEMPLATE_LIMITS as L,
  RevealRule,
  ReviewGrouping,
  ReviewMode,
} from '@openhuddle/shared';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsEnum,
  IsInt,
  IsOptional,
  IsUrl,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Trim } from '../../../common/validation/transforms';

@InputType({
  description:
    'A moment relative to the start date: `day` calendar days after it (0 = the start date), at local `time`.',
})
export class TemplateTimeInput {
  @Field(() => Int)
  @IsInt()
  @Min(0, { message: 'Use day 0 (the start date) or later.' })
  @Max(L.dayOffsetMax, { message: `At most day ${L.dayOffsetMax}.` })
  day: number;

  @Field({ description: '"HH:MM", 24-hour, in the launch’s time zone.' })
  @Matches(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'Use a 24-hour time like 09:00.' })
  time: string;
}

@InputType()
export class TemplatePromptInput {
  @Field()
  @Trim()
  @Length(3, LEARNING_LIMITS.promptTitleMax, { message: `Use 3 to ${LEARNING_LIMITS.promptTitleMax} characters.` })
  title: string;

  @Field({ defaultValue: '', description: 'Markdown.' })
  @MaxLength(LEARNING_LIMITS.instructionsMax, { message: `At most ${LEARNING_LIMITS.instructionsMax} characters.` })
  instructions: string;

  @Field(() => [ContributionKind])
  @ArrayMinSize(1, { message: 'Accept at least one kind of contribution.' })
  @ArrayMaxSize(Object.keys(ContributionKind).length)
  @IsEnum(ContributionKind, { each: true })
  acceptedKinds: ContributionKind[];

  @Field(() => RevealRule, { defaultValue: RevealRule.OPEN })
  @IsEnum(RevealRule)
  revealRule: RevealRule;

  @Field(() => TemplateTimeInput, { nullable: true, description: 'Required for AT_TIME.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => TemplateTimeInput)
  revealAt?: TemplateTimeInput | null;

  @Field(() => Anonymity, { defaultValue: Anonymity.NONE })
  @IsEnum(Anonymity)
  anonymity: Anonymity;

  @Field(() => ID, { nullable: true, description: 'A built-in protocol or one of the authoring organisation’s.' })
  @IsOptional()
  @IsUUID('all', { message: 'Pick a feedback protocol.' })
  protocolId?: string | null;

  @Field(() => ReviewMode, { defaultValue: ReviewMode.NONE })
  @IsEnum(ReviewMode)
  reviewMode: ReviewMode;

  @Field(() => Int, { defaultValue: 0 })
  @IsInt()
  @Min(0)
  @Max(LEARNING_LIMITS.reviewsPerContributionMax, {
    message: `At most ${LEARNING_LIMITS.reviewsPerContributionMax} reviews per contribution.`,
  })
  reviewsPerContribution: number;

  @Field(() => ReviewGrouping, { defaultValue: ReviewGrouping.ANY })
  @IsEnum(ReviewGrouping)
  reviewGrouping: ReviewGrouping;

  @Field(() => TemplateTimeInput)
  @ValidateNested()
  @Type(() => TemplateTimeInput)
  opens: TemplateTimeInput;

  @Field(() => TemplateTimeInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => TemplateTimeInput)
  due?: TemplateTimeInput | null;

  @Field(() => TemplateTimeInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => TemplateTimeInput)
  closes?: TemplateTimeInput | null;
}

@InputType()
export class TemplateAgendaItemInput {
  @Field()
  @Trim()
  @Length(1, HUDDLE_LIMITS.agendaTitleMax, { message: `Use 1 to ${HUDDLE_LIMITS.agendaTitleMax} characters.` })
  title: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'At least 1 minute.' })
  @Max(HUDDLE_LIMITS.durationMinutesMax)
  timeBoxMinutes?: number | null;
}

@InputType()
export class TemplateHuddleInput {
  @Field()
  @Trim()
  @Length(3, HUDDLE_LIMITS.titleMax, { message: `Use 3 to ${HUDDLE_LIMITS.titleMax} characters.` })
  title: string;

  @Field(() => TemplateTimeInput)
  @ValidateNested()
  @Type(() => TemplateTimeInput)
  at: TemplateTimeInput;

  @Field(() => Int, { defaultValue: 45 })
  @IsInt()
  @Min(5, { message: 'At least 5 minutes.' })
  @Max(HUDDLE_LIMITS.durationMinutesMax, { message: `At most ${HUDDLE_LIMITS.durationMinutesMax} minutes.` })
  durationMinutes: number;

  @Field(() => [Int], { defaultValue: [], description: 'Positions (from 0) of the template’s prompts it discusses.' })
  @ArrayMaxSize(HUDDLE_LIMITS.promptsMax, { message: `Link at most ${HUDDLE_LIMITS.promptsMax} prompts.` })
  @IsInt({ each: true })
  @Min(0, { each: true, message: 'Link prompts of this template.' })
  promptPositions: number[];

  @Field(() => [TemplateAgendaItemInput], { defaultValue: [] })
  @ArrayMaxSize(L.agendaItemsMax, { message: `At most ${L.agendaItemsMax} agenda items.` })
  @ValidateNested({ each: true })
  @Type(() => TemplateAgendaItemInput)
  agenda: TemplateAgendaItemInput[];
}

@InputType()
export class TemplateResourceInput {
  @Field()
  @Trim()
  @Length(1, L.resourceTitleMax, { message: `Use 1 to ${L.resourceTitleMax} characters.` })
  title: string;

  @Field()
  @MaxLength(L.urlMax)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'Use a full http(s):// link.' })
  url: string;
}

/** Everything a version holds, as the editor sends it (the whole template each time). */
@InputType()
export class ProgramTemplateContentInput {
  @Field()
  @Trim()
  @Length(3, L.titleMax, { message: `Use 3 to ${L.titleMax} characters.` })
  title: string;

  @Field({ defaultValue: '' })
  @MaxLength(L.descriptionMax, { message: `At most ${L.descriptionMax} characters.` })
  description: string;

  @Field(() => [TemplatePromptInput], { defaultValue: [] })
  @ArrayMaxSize(L.promptsMax, { message: `At most ${L.promptsMax} prompts.` })
  @ValidateNested({ each: true })
  @Type(() => TemplatePromptInput)
  prompts: TemplatePromptInput[];

  @Field(() => [TemplateHuddleInput], { defaultValue: [] })
  @ArrayMaxSize(L.huddlesMax, { message: `At most ${L.huddlesMax} huddles.` })
  @ValidateNested({ each: true })
  @Type(() => TemplateHuddleInput)
  huddles: TemplateHuddleInput[];

  @Field(() => [TemplateResourceInput], { defaultValue: [], description: 'Links (files are not carried yet).' })
  @ArrayMaxSize(L.resourcesMax, { message: `At most ${L.resourcesMax} resources.` })
  @ValidateNested({ each: true })
  @Type(() => TemplateResourceInput)
  resources: TemplateResourceInput[];
}

@InputType()
export class CreateProgramTemplateInput extends ProgramTemplateContentInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Unknown organization.' })
  organizationId: string;
}

@InputType({ description: 'Saves the template as a new version; cohorts launched before keep theirs.' })
export class UpdateProgramTemplateInput extends ProgramTemplateContentInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Unknown template.' })
  templateId: string;

  @Field(() => Int, {
    description:
      'The version the edit started from: CONFLICT when someone saved a newer one meanwhile (nothing is lost).',
  })
  @IsInt()
  @Min(1)
  basedOnVersion: number;
}
