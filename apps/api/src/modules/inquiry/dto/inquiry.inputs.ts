import { applyDecorators } from '@nestjs/common';
import { Field, ID, InputType } from '@nestjs/graphql';
import { INQUIRY_LIMITS, InquiryEvidenceKind, InquiryStage } from '@openhuddle/shared';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsEnum,
  IsOptional,
  IsUrl,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { Trim } from '../../../common/validation/transforms';

const OrganizationId = () => IsUUID('all', { message: 'Unknown organization.' });
const CycleId = () => IsUUID('all', { message: 'Unknown inquiry cycle.' });
/** A calendar day; the policy checks it exists and follows the stages' order. */
const Day = () =>
  applyDecorators(IsOptional(), Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'Use a date (YYYY-MM-DD).' }));
const Text = (max: number) => applyDecorators(IsOptional(), MaxLength(max, { message: `At most ${max} characters.` }));

@InputType({ description: 'The day each stage starts, and the showcase’s day; any may be left out.' })
export class InquiryStageDatesInput {
  @Field(() => String, { nullable: true }) @Day() questionOn?: string | null;
  @Field(() => String, { nullable: true }) @Day() planOn?: string | null;
  @Field(() => String, { nullable: true }) @Day() actOn?: string | null;
  @Field(() => String, { nullable: true }) @Day() evidenceOn?: string | null;
  @Field(() => String, { nullable: true }) @Day() reflectOn?: string | null;
  @Field(() => String, { nullable: true }) @Day() showcaseOn?: string | null;
}

@InputType()
export class InquiryCycleRefInput {
  @Field(() => ID) @OrganizationId() organizationId: string;
  @Field(() => ID) @CycleId() cycleId: string;
}

@InputType({ description: 'The fields the PLC sets while the cycle runs.' })
export class InquiryCycleFieldsInput {
  @Field()
  @Trim()
  @Length(1, INQUIRY_LIMITS.questionMax, { message: `Use 1 to ${INQUIRY_LIMITS.questionMax} characters.` })
  question: string;

  @Field(() => ID, { nullable: true, description: 'A Goal of the organisation’s active plan.' })
  @IsOptional()
  @IsUUID('all', { message: 'Unknown goal.' })
  goalItemId?: string | null;

  @Field(() => InquiryStageDatesInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => InquiryStageDatesInput)
  dates?: InquiryStageDatesInput | null;
}

@InputType()
export class StartInquiryCycleInput extends InquiryCycleFieldsInput {
  @Field(() => ID) @OrganizationId() organizationId: string;
  @Field(() => ID) @IsUUID('all', { message: 'Unknown cohort.' }) cohortId: string;

  @Field(() => ID, { nullable: true, description: 'A team of the cohort; the whole cohort when left out.' })
  @IsOptional()
  @IsUUID('all', { message: 'Unknown team.' })
  teamId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The feedback protocol of the showcase’s comments; Warm & Cool when left out.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'Unknown feedback protocol.' })
  protocolId?: string | null;
}

@InputType()
export class UpdateInquiryCycleInput extends InquiryCycleFieldsInput {
  @Field(() => ID) @OrganizationId() organizationId: string;
  @Field(() => ID) @CycleId() cycleId: string;
  @Field({ defaultValue: '', description: 'For the showcase: what the PLC tried.' })
  @Text(INQUIRY_LIMITS.textMax)
  tried: string;
  @Field({ defaultValue: '', description: 'For the showcase: what the PLC learned.' })
  @Text(INQUIRY_LIMITS.textMax)
  learned: string;
}

@InputType()
export class MoveInquiryStageInput extends InquiryCycleRefInput {
  @Field(() => InquiryStage) @IsEnum(InquiryStage, { message: 'Pick a stage.' }) stage: InquiryStage;
}

@InputType({ description: 'A prompt or a huddle of the cycle’s cohort (exactly one) that belongs to a stage.' })
export class LinkToInquiryStageInput extends InquiryCycleRefInput {
  @Field(() => InquiryStage) @IsEnum(InquiryStage, { message: 'Pick a stage.' }) stage: InquiryStage;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Unknown prompt.' })
  promptId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Unknown huddle.' })
  huddleId?: string | null;
}

@InputType({
  description:
    'Evidence of student learning. CONTRIBUTION needs contributionId (a published one you can see), LINK a url, NOTE a note.',
})
export class AddInquiryEvidenceInput extends InquiryCycleRefInput {
  @Field(() => InquiryEvidenceKind) @IsEnum(InquiryEvidenceKind, { message: 'Pick a kind.' }) kind: InquiryEvidenceKind;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Unknown contribution.' })
  contributionId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ protocols: ['https', 'http'], require_protocol: true }, { message: 'Use a full link (https://…).' })
  @MaxLength(INQUIRY_LIMITS.urlMax, { message: `At most ${INQUIRY_LIMITS.urlMax} characters.` })
  url?: string | null;

  @Field({ defaultValue: '' })
  @Trim()
  @Text(INQUIRY_LIMITS.noteMax)
  note: string;
}

@InputType()
export class ShowcaseAnswerInput {
  @Field() @MaxLength(64, { message: 'Unknown section.' }) sectionKey: string;
  @Field() @Trim() @Text(INQUIRY_LIMITS.answerMax) text: string;
}

@InputType({ description: 'A comment on a showcase, one answer per section of its feedback protocol.' })
export class CommentOnShowcaseInput extends InquiryCycleRefInput {
  @Field(() => [ShowcaseAnswerInput])
  @ArrayMinSize(1, { message: 'Answer the protocol’s sections.' })
  @ArrayMaxSize(10, { message: 'Answer the protocol’s sections.' })
  @ValidateNested({ each: true })
  @Type(() => ShowcaseAnswerInput)
  answers: ShowcaseAnswerInput[];
}

@InputType()
export class ShowcasePageInput {
  @Field(() => ID) @OrganizationId() organizationId: string;
  @Field(() => String, { nullable: true, description: 'The endCursor of the page before.' })
  @IsOptional()
  @MaxLength(200)
  after?: string | null;
}

@InputType()
export class CohortInquiryCyclesInput {
  @Field(() => ID) @OrganizationId() organizationId: string;
  @Field(() => ID) @IsUUID('all', { message: 'Unknown cohort.' }) cohortId: string;
}

@InputType()
export class ShowcaseCommentPageInput extends InquiryCycleRefInput {
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(200) after?: string | null;
}
