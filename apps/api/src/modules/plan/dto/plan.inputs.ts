import { applyDecorators } from '@nestjs/common';
import { Field, Float, ID, InputType } from '@nestjs/graphql';
import { PLAN_LIMITS, PlanEvidenceKind, PlanItemStatus } from '@openhuddle/shared';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsEnum,
  IsNumber,
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
const Title = () =>
  applyDecorators(Trim(), Length(1, PLAN_LIMITS.titleMax, { message: `Use 1 to ${PLAN_LIMITS.titleMax} characters.` }));
const Description = () =>
  applyDecorators(
    IsOptional(),
    MaxLength(PLAN_LIMITS.descriptionMax, { message: `At most ${PLAN_LIMITS.descriptionMax} characters.` }),
  );
/** A calendar day; the service checks it exists (Feb 30 passes the pattern). */
const Day = () =>
  applyDecorators(IsOptional(), Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'Use a date (YYYY-MM-DD).' }));
const FiniteNumber = (message: string) => IsNumber({ allowNaN: false, allowInfinity: false }, { message });

@InputType()
export class CreatePlanInput {
  @Field(() => ID) @OrganizationId() organizationId: string;
  @Field() @Title() title: string;
  @Field({ defaultValue: '' }) @Description() description: string;
  @Field(() => String, { nullable: true }) @Day() startsOn?: string | null;
  @Field(() => String, { nullable: true }) @Day() endsOn?: string | null;
}

@InputType()
export class UpdatePlanInput extends CreatePlanInput {
  @Field(() => ID) @IsUUID('all', { message: 'Unknown plan.' }) planId: string;
}

@InputType({ description: 'What an item is measured by. Send none to keep it unmeasured.' })
export class PlanMeasureInput {
  @Field()
  @Trim()
  @Length(1, PLAN_LIMITS.measureNameMax, { message: `Use 1 to ${PLAN_LIMITS.measureNameMax} characters.` })
  name: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(PLAN_LIMITS.measureUnitMax, { message: `At most ${PLAN_LIMITS.measureUnitMax} characters.` })
  unit?: string | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @FiniteNumber('Use a number.')
  baseline?: number | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @FiniteNumber('Use a number.')
  target?: number | null;
}

@InputType({ description: 'The fields an admin sets on a goal, strategy or action step.' })
export class PlanItemFieldsInput {
  @Field(() => ID) @OrganizationId() organizationId: string;
  @Field() @Title() title: string;
  @Field({ defaultValue: '' }) @Description() description: string;
  @Field(() => String, { nullable: true }) @Day() startsOn?: string | null;
  @Field(() => String, { nullable: true }) @Day() dueOn?: string | null;

  @Field(() => [ID], { defaultValue: [], description: 'People who own it (members of the organization).' })
  @ArrayMaxSize(PLAN_LIMITS.ownersMax, { message: `At most ${PLAN_LIMITS.ownersMax} owners.` })
  @IsUUID('all', { each: true, message: 'Unknown person.' })
  ownerUserIds: string[];

  @Field(() => [ID], { defaultValue: [], description: 'Teams who own it (teams of the organization’s cohorts).' })
  @ArrayMaxSize(PLAN_LIMITS.ownersMax, { message: `At most ${PLAN_LIMITS.ownersMax} teams.` })
  @IsUUID('all', { each: true, message: 'Unknown team.' })
  ownerTeamIds: string[];

  @Field(() => PlanMeasureInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => PlanMeasureInput)
  measure?: PlanMeasureInput | null;
}

@InputType()
export class AddPlanItemInput extends PlanItemFieldsInput {
  @Field(() => ID) @IsUUID('all', { message: 'Unknown plan.' }) planId: string;

  @Field(() => ID, {
    nullable: true,
    description: 'None for a goal; a goal for a strategy; a strategy for an action step.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'Unknown plan item.' })
  parentId?: string | null;
}

@InputType()
export class UpdatePlanItemInput extends PlanItemFieldsInput {
  @Field(() => ID) @IsUUID('all', { message: 'Unknown plan item.' }) itemId: string;
}

@InputType()
export class PlanItemRefInput {
  @Field(() => ID) @OrganizationId() organizationId: string;
  @Field(() => ID) @IsUUID('all', { message: 'Unknown plan item.' }) itemId: string;
}

@InputType()
export class SetPlanItemStatusInput extends PlanItemRefInput {
  @Field(() => PlanItemStatus) @IsEnum(PlanItemStatus) status: PlanItemStatus;
}

@InputType({
  description:
    'CONTRIBUTION needs contributionId (one you can see), LINK a url, MEASURE_VALUE a value (the item must have a measure), NOTE a note. A note may go with any kind.',
})
export class AddPlanEvidenceInput extends PlanItemRefInput {
  @Field(() => PlanEvidenceKind) @IsEnum(PlanEvidenceKind) kind: PlanEvidenceKind;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Unknown contribution.' })
  contributionId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ protocols: ['https', 'http'], require_protocol: true }, { message: 'Use a full link (https://…).' })
  @MaxLength(PLAN_LIMITS.urlMax)
  url?: string | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @FiniteNumber('Use a number.')
  value?: number | null;

  @Field(() => String, { nullable: true, description: 'When the value was measured; today when left out.' })
  @Day()
  measuredOn?: string | null;

  @Field({ defaultValue: '' })
  @Trim()
  @MaxLength(PLAN_LIMITS.noteMax, { message: `At most ${PLAN_LIMITS.noteMax} characters.` })
  note: string;
}

@InputType()
export class CommentOnPlanItemInput extends PlanItemRefInput {
  @Field()
  @Trim()
  @Length(1, PLAN_LIMITS.commentMax, { message: `Use 1 to ${PLAN_LIMITS.commentMax} characters.` })
  body: string;
}

@InputType()
export class PlanItemPageInput extends PlanItemRefInput {
  @Field(() => String, { nullable: true, description: 'The endCursor of the page before.' })
  @IsOptional()
  @MaxLength(200)
  after?: string | null;
}
