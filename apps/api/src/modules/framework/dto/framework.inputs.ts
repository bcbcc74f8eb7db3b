import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { FRAMEWORK_LIMITS as L } from '@openhuddle/shared';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Trim } from '../../../common/validation/transforms';

@InputType()
export class FrameworkPracticeInput {
  @Field(() => String, {
    nullable: true,
    description: 'The practice’s key when editing an existing practice (keeps its identity across versions).',
  })
  @IsOptional()
  @Matches(/^[a-z0-9][a-z0-9-]{0,63}$/, { message: 'Unknown practice key.' })
  key?: string | null;

  @Field()
  @Trim()
  @Length(1, L.practiceTitleMax, { message: `Use 1 to ${L.practiceTitleMax} characters.` })
  title: string;

  @Field(() => [String], { description: 'What the practice looks like at each level, level 1 first.' })
  @ArrayMinSize(L.levelsMin, { message: `Describe at least ${L.levelsMin} levels.` })
  @ArrayMaxSize(L.levelsMax, { message: `Describe at most ${L.levelsMax} levels.` })
  @IsString({ each: true, message: 'Each descriptor is text.' })
  @MaxLength(L.descriptorMax, { each: true, message: `Each descriptor uses at most ${L.descriptorMax} characters.` })
  descriptors: string[];
}

@InputType()
export class FrameworkDomainInput {
  @Field()
  @Trim()
  @Length(1, L.domainTitleMax, { message: `Use 1 to ${L.domainTitleMax} characters.` })
  title: string;

  @Field(() => [FrameworkPracticeInput])
  @ArrayMinSize(1, { message: 'Add at least one practice to this domain.' })
  @ArrayMaxSize(L.practicesMax, { message: `At most ${L.practicesMax} practices.` })
  @ValidateNested({ each: true })
  @Type(() => FrameworkPracticeInput)
  practices: FrameworkPracticeInput[];
}

@InputType()
export class FrameworkFieldsInput {
  @Field()
  @Trim()
  @Length(1, L.titleMax, { message: `Use 1 to ${L.titleMax} characters.` })
  title: string;

  @Field({ defaultValue: '' })
  @IsString({ message: 'The description is text.' })
  @MaxLength(L.descriptionMax, { message: `At most ${L.descriptionMax} characters.` })
  description: string;

  @Field(() => [String], { description: 'The name of each level, level 1 first (e.g. Beginning … Leading).' })
  @ArrayMinSize(L.levelsMin, { message: `Give at least ${L.levelsMin} levels.` })
  @ArrayMaxSize(L.levelsMax, { message: `Give at most ${L.levelsMax} levels.` })
  @IsString({ each: true, message: 'Each level name is text.' })
  @MaxLength(L.levelNameMax, { each: true, message: `Each level name uses at most ${L.levelNameMax} characters.` })
  levelNames: string[];

  @Field(() => [FrameworkDomainInput])
  @ArrayMinSize(1, { message: 'Add at least one domain.' })
  @ArrayMaxSize(L.domainsMax, { message: `At most ${L.domainsMax} domains.` })
  @ValidateNested({ each: true })
  @Type(() => FrameworkDomainInput)
  domains: FrameworkDomainInput[];
}

@InputType()
export class CreateFrameworkInput extends FrameworkFieldsInput {
  @Field(() => ID) @IsUUID('all', { message: 'Unknown organization.' }) organizationId: string;
}

@InputType()
export class UpdateFrameworkInput extends FrameworkFieldsInput {
  @Field(() => ID) @IsUUID('all', { message: 'Unknown organization.' }) organizationId: string;
  @Field(() => ID) @IsUUID('all', { message: 'Unknown framework.' }) frameworkId: string;
}

@InputType()
export class ImportFrameworkInput {
  @Field(() => ID) @IsUUID('all', { message: 'Unknown organization.' }) organizationId: string;

  @Field()
  @Trim()
  @Length(1, L.titleMax, { message: `Use 1 to ${L.titleMax} characters.` })
  title: string;

  @Field({ description: 'CSV text with the header domain,practice,level,descriptor and one row per level.' })
  @IsString({ message: 'The file is text.' })
  @Length(1, L.csvMax, { message: `Paste a CSV file of at most ${L.csvMax} characters.` })
  csv: string;
}

@InputType()
export class FrameworkRefInput {
  @Field(() => ID) @IsUUID('all', { message: 'Unknown organization.' }) organizationId: string;
  @Field(() => ID) @IsUUID('all', { message: 'Unknown framework.' }) frameworkId: string;

  @Field(() => Int, { nullable: true, description: 'A past version’s number; the latest when omitted.' })
  @IsOptional()
  @IsInt({ message: 'Use a version number.' })
  @Min(1, { message: 'Use a version number.' })
  version?: number | null;
}
