import { Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { OBSERVATION_LIMITS as L, ObservationKind } from '@openhuddle/shared';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

registerEnumType(ObservationKind, { name: 'ObservationKind', description: 'How the observation was made.' });

export enum ObservationSide {
  /** Observations of the viewer. */
  OF_ME = 'OF_ME',
  /** Observations the viewer recorded. */
  BY_ME = 'BY_ME',
}
registerEnumType(ObservationSide, { name: 'ObservationSide' });

@InputType()
export class ObservationRatingInput {
  @Field()
  @Matches(/^[a-z0-9][a-z0-9-]{0,63}$/, { message: 'Unknown practice.' })
  practiceKey: string;

  @Field(() => Int, { description: 'A level of the framework, 1 first.' })
  @IsInt({ message: 'Pick a level.' })
  @Min(1, { message: 'Pick a level.' })
  @Max(10, { message: 'Pick a level of the framework.' })
  level: number;
}

@InputType()
export class RecordObservationInput {
  @Field(() => ID) @IsUUID('all', { message: 'Unknown organization.' }) organizationId: string;
  @Field(() => ID) @IsUUID('all', { message: 'Unknown framework.' }) frameworkId: string;

  @Field(() => ID, { description: 'The person observed (a member of the organisation, not the viewer).' })
  @IsUUID('all', { message: 'Pick the person you observed.' })
  observedId: string;

  @Field(() => ObservationKind)
  @IsEnum(ObservationKind, { message: 'Pick walkthrough or peer visit.' })
  kind: ObservationKind;

  @Field({ description: 'The day of the visit, YYYY-MM-DD.' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'Use a date such as 2026-03-14.' })
  observedOn: string;

  @Field(() => [ObservationRatingInput])
  @ArrayMinSize(1, { message: 'Rate at least one practice.' })
  @ArrayMaxSize(L.practicesMax, { message: `Rate at most ${L.practicesMax} practices in one observation.` })
  @ValidateNested({ each: true })
  @Type(() => ObservationRatingInput)
  ratings: ObservationRatingInput[];

  @Field({ defaultValue: '' })
  @IsString({ message: 'The note is text.' })
  @MaxLength(L.noteMax, { message: `At most ${L.noteMax} characters.` })
  note: string;
}

@InputType()
export class ObservationsInput {
  @Field(() => ID) @IsUUID('all', { message: 'Unknown organization.' }) organizationId: string;

  @Field(() => ObservationSide)
  @IsEnum(ObservationSide, { message: 'Ask for observations of you or by you.' })
  side: ObservationSide;

  @Field(() => Int, { defaultValue: 20 })
  @IsInt({ message: `Ask for 1 to ${L.pageMax} observations at a time.` })
  first: number;

  @Field(() => String, { nullable: true, description: 'The `endCursor` of the previous page.' })
  @IsOptional()
  @IsString({ message: 'This is not a position in the list; start from the first page.' })
  after?: string | null;
}

@InputType()
export class ObservationRefInput {
  @Field(() => ID) @IsUUID('all', { message: 'Unknown organization.' }) organizationId: string;
  @Field(() => ID) @IsUUID('all', { message: 'Unknown observation.' }) observationId: string;
}

@InputType()
export class ObservationTrendsInput {
  @Field(() => ID) @IsUUID('all', { message: 'Unknown organization.' }) organizationId: string;
  @Field(() => ID) @IsUUID('all', { message: 'Unknown framework.' }) frameworkId: string;

  @Field(() => Int, { defaultValue: 6, description: 'How many months back, this month included.' })
  @IsInt({ message: `Use 1 to ${L.trendMonthsMax} months.` })
  @Min(1, { message: `Use 1 to ${L.trendMonthsMax} months.` })
  @Max(L.trendMonthsMax, { message: `Use 1 to ${L.trendMonthsMax} months.` })
  months: number;
}
