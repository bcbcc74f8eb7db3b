import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  Anonymity,
  ContributionKind,
  LEARNING_LIMITS,
  PromptStatus,
  RevealRule,
  ReviewGrouping,
  ReviewMode,
} from '@openhuddle/shared';
import { ArrayMinSize, IsDate, IsEnum, IsInt, IsOptional, IsUUID, Length, Max, MaxLength, Min } from 'class-validator';
import { Trim } from '../../../common/validation/transforms';

registerEnumType(ContributionKind, { name: 'ContributionKind' });
registerEnumType(RevealRule, { name: 'RevealRule', description: 'When members see each other’s contributions.' });
registerEnumType(Anonymity, { name: 'Anonymity' });
registerEnumType(ReviewMode, { name: 'ReviewMode' });
registerEnumType(ReviewGrouping, { name: 'ReviewGrouping' });
registerEnumType(PromptStatus, { name: 'PromptStatus' });

@ObjectType({ description: 'What the viewer may do with a prompt (the API refuses the rest).' })
export class PromptPermissions {
  @Field() edit: boolean;
  @Field({ description: 'Publish the draft (false once published).' }) publish: boolean;
  @Field({ description: 'Post a contribution now.' }) contribute: boolean;
  @Field({ description: 'See draft prompts of the cohort.' }) seeDrafts: boolean;
}

@ObjectType()
export class Prompt {
  @Field(() => ID) id: string;
  @Field(() => ID) cohortId: string;
  @Field() title: string;
  @Field({ description: 'Markdown.' }) instructions: string;
  @Field() opensAt: Date;
  @Field(() => Date, { nullable: true }) dueAt: Date | null;
  @Field(() => Date, { nullable: true }) closesAt: Date | null;
  @Field(() => [ContributionKind]) acceptedKinds: ContributionKind[];
  @Field(() => RevealRule) revealRule: RevealRule;
  @Field(() => Date, { nullable: true }) revealAt: Date | null;
  @Field(() => Anonymity) anonymity: Anonymity;
  @Field(() => ID, { nullable: true }) protocolId: string | null;
  @Field(() => ReviewMode) reviewMode: ReviewMode;
  @Field(() => Int) reviewsPerContribution: number;
  @Field(() => ReviewGrouping) reviewGrouping: ReviewGrouping;
  @Field(() => PromptStatus) status: PromptStatus;
  @Field(() => Date, { nullable: true }) publishedAt: Date | null;
  @Field(() => PromptPermissions) viewerCan: PromptPermissions;
  /** Whether the viewer manages this prompt's cohort (drives what field resolvers reveal; never exposed). */
  viewerIsFacilitator: boolean;
}

@InputType()
export class PromptFieldsInput {
  @Field()
  @Trim()
  @Length(3, LEARNING_LIMITS.promptTitleMax, { message: `Use 3 to ${LEARNING_LIMITS.promptTitleMax} characters.` })
  title: string;

  @Field({ defaultValue: '' })
  @MaxLength(LEARNING_LIMITS.instructionsMax, { message: `At most ${LEARNING_LIMITS.instructionsMax} characters.` })
  instructions: string;

  @Field()
  @IsDate({ message: 'Pick when the prompt opens.' })
  opensAt: Date;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsDate()
  dueAt?: Date | null;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsDate()
  closesAt?: Date | null;

  @Field(() => [ContributionKind])
  @ArrayMinSize(1, { message: 'Accept at least one kind of contribution.' })
  @IsEnum(ContributionKind, { each: true })
  acceptedKinds: ContributionKind[];

  @Field(() => RevealRule, { defaultValue: RevealRule.OPEN })
  @IsEnum(RevealRule)
  revealRule: RevealRule;

  @Field(() => Date, { nullable: true, description: 'Required for AT_TIME.' })
  @IsOptional()
  @IsDate()
  revealAt?: Date | null;

  @Field(() => Anonymity, { defaultValue: Anonymity.NONE })
  @IsEnum(Anonymity)
  anonymity: Anonymity;

  @Field(() => ID, { nullable: true })
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
}

@InputType()
export class CreatePromptInput extends PromptFieldsInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Unknown cohort.' })
  cohortId: string;
}

@InputType()
export class UpdatePromptInput extends PromptFieldsInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Unknown prompt.' })
  promptId: string;
}
