import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { PROTOCOL_LIMITS } from '@openhuddle/shared';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsInt,
  IsString,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Trim } from '../../../common/validation/transforms';

@ObjectType()
export class ProtocolSectionType {
  @Field() key: string;
  @Field() label: string;
  @Field() guidingQuestion: string;
  @Field(() => [String]) sentenceStems: string[];
  @Field() required: boolean;
}

@ObjectType()
export class RubricLevelType {
  @Field(() => Int) value: number;
  @Field() label: string;
  @Field() descriptor: string;
}

@ObjectType()
export class RubricCriterionType {
  @Field() key: string;
  @Field() label: string;
  @Field(() => [RubricLevelType]) levels: RubricLevelType[];
}

@ObjectType()
export class FeedbackProtocol {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field() description: string;
  @Field() builtIn: boolean;
  @Field(() => [ProtocolSectionType]) sections: ProtocolSectionType[];
  @Field(() => [RubricCriterionType]) rubric: RubricCriterionType[];
  @Field(() => Int, {
    description: 'Prompts of this organization that follow it (drafts too; a prompt without one follows Glow & Grow).',
  })
  usedByPromptCount: number;
  @Field({
    description:
      'Feedback was given under it in this organization: its sections, criteria and levels can be renamed and added to, not removed or renumbered.',
  })
  inUse: boolean;
  /** The organization whose usage the two fields above count (not exposed). */
  usageOrganizationId: string;
}

/** Section and criterion keys: letters and digits, starting with a letter. */
const KEY_PATTERN = new RegExp(`^[a-zA-Z][a-zA-Z0-9]{0,${PROTOCOL_LIMITS.keyMax - 1}}$`);

@InputType()
export class ProtocolSectionInput {
  @Field({ description: 'Stable key (letters and digits), used in answers.' })
  @Matches(KEY_PATTERN, { message: 'Use letters and digits, starting with a letter.' })
  key: string;

  @Field()
  @Trim()
  @Length(1, PROTOCOL_LIMITS.sectionLabelMax, { message: `Use 1 to ${PROTOCOL_LIMITS.sectionLabelMax} characters.` })
  label: string;

  @Field({ defaultValue: '' })
  @MaxLength(PROTOCOL_LIMITS.guidingQuestionMax)
  guidingQuestion: string;

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(PROTOCOL_LIMITS.sentenceStemsMax)
  @IsString({ each: true })
  @MaxLength(PROTOCOL_LIMITS.sentenceStemMax, { each: true })
  sentenceStems: string[];

  @Field({ defaultValue: true })
  @IsBoolean()
  required: boolean;
}

@InputType()
export class RubricLevelInput {
  @Field(() => Int)
  @IsInt()
  @Min(0)
  value: number;

  @Field()
  @Trim()
  @Length(1, PROTOCOL_LIMITS.levelLabelMax, { message: `Use 1 to ${PROTOCOL_LIMITS.levelLabelMax} characters.` })
  label: string;

  @Field({ defaultValue: '' })
  @MaxLength(PROTOCOL_LIMITS.descriptorMax)
  descriptor: string;
}

@InputType()
export class RubricCriterionInput {
  @Field()
  @Matches(KEY_PATTERN, { message: 'Use letters and digits, starting with a letter.' })
  key: string;

  @Field()
  @Trim()
  @Length(1, PROTOCOL_LIMITS.criterionLabelMax, {
    message: `Use 1 to ${PROTOCOL_LIMITS.criterionLabelMax} characters.`,
  })
  label: string;

  @Field(() => [RubricLevelInput])
  @ArrayMinSize(PROTOCOL_LIMITS.levelsMin, { message: 'Give at least two levels.' })
  @ArrayMaxSize(PROTOCOL_LIMITS.levelsMax)
  @ValidateNested({ each: true })
  @Type(() => RubricLevelInput)
  levels: RubricLevelInput[];
}

@InputType()
export class FeedbackProtocolFieldsInput {
  @Field()
  @Trim()
  @Length(PROTOCOL_LIMITS.nameMin, PROTOCOL_LIMITS.nameMax, {
    message: `Use ${PROTOCOL_LIMITS.nameMin} to ${PROTOCOL_LIMITS.nameMax} characters.`,
  })
  name: string;

  @Field({ defaultValue: '' })
  @MaxLength(PROTOCOL_LIMITS.descriptionMax)
  description: string;

  @Field(() => [ProtocolSectionInput])
  @ArrayMinSize(1, { message: 'Add at least one section.' })
  @ArrayMaxSize(PROTOCOL_LIMITS.sectionsMax)
  @ValidateNested({ each: true })
  @Type(() => ProtocolSectionInput)
  sections: ProtocolSectionInput[];

  @Field(() => [RubricCriterionInput], { defaultValue: [] })
  @ArrayMaxSize(PROTOCOL_LIMITS.criteriaMax)
  @ValidateNested({ each: true })
  @Type(() => RubricCriterionInput)
  rubric: RubricCriterionInput[];
}

@InputType()
export class CreateFeedbackProtocolInput extends FeedbackProtocolFieldsInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Unknown organization.' })
  organizationId: string;
}

@InputType()
export class UpdateFeedbackProtocolInput extends FeedbackProtocolFieldsInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Unknown organization.' })
  organizationId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'Unknown protocol.' })
  protocolId: string;
}
