import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CohortRole, OrgRole } from '@openhuddle/shared';
import { IsEnum, IsNotEmpty, IsOptional, IsUUID, MaxLength } from 'class-validator';

/** What importing a row does (or did) — one row may do several. */
export enum RosterAction {
  INVITE = 'INVITE',
  ALREADY_INVITED = 'ALREADY_INVITED',
  ALREADY_MEMBER = 'ALREADY_MEMBER',
  ADD_TO_COHORT = 'ADD_TO_COHORT',
  ALREADY_IN_COHORT = 'ALREADY_IN_COHORT',
  COHORT_AFTER_JOINING = 'COHORT_AFTER_JOINING',
}
registerEnumType(RosterAction, {
  name: 'RosterAction',
  valuesMap: {
    COHORT_AFTER_JOINING: {
      description: 'Not a member yet: cohorts are assigned when the same file is imported again after they join.',
    },
  },
});

@ObjectType()
export class RosterRowStep {
  @Field(() => RosterAction) action: RosterAction;
  @Field(() => String, { nullable: true, description: 'The cohort, for cohort steps.' }) cohortName: string | null;
}

@ObjectType()
export class RosterImportRow {
  @Field(() => Int, { description: 'Line in the file; the header is line 1.' }) line: number;
  @Field() name: string;
  @Field() email: string;
  @Field(() => OrgRole) role: OrgRole;
  @Field(() => [String]) cohorts: string[];
  @Field(() => CohortRole) cohortRole: CohortRole;
  @Field(() => [RosterRowStep]) steps: RosterRowStep[];
  @Field(() => [String], { description: 'Why this row cannot be imported; empty when it can.' }) errors: string[];
}

@ObjectType()
export class RosterImportSummary {
  @Field(() => Int) rows: number;
  @Field(() => Int) invitations: number;
  @Field(() => Int) cohortAdditions: number;
  @Field(() => Int) unchanged: number;
  @Field(() => Int) rowsWithErrors: number;
}

@ObjectType()
export class RosterImport {
  @Field({ description: 'False for a dry run: nothing was changed.' }) applied: boolean;
  @Field(() => [RosterImportRow]) rows: RosterImportRow[];
  @Field(() => RosterImportSummary) summary: RosterImportSummary;
}

@InputType()
export class RosterImportInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Unknown organization.' })
  organizationId: string;

  @Field({ description: 'The CSV text: a header line (name,email,role,cohorts,cohort role), then one person a line.' })
  @IsNotEmpty({ message: 'Paste or upload a CSV file.' })
  @MaxLength(2_000_000, { message: 'The file is too large (at most 2 MB).' })
  csv: string;
}

@InputType()
export class BulkInviteInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Unknown organization.' })
  organizationId: string;

  @Field({ description: 'Emails separated by commas, semicolons, spaces or new lines.' })
  @IsNotEmpty({ message: 'Paste at least one email address.' })
  @MaxLength(500_000, { message: 'Too many addresses at once.' })
  emails: string;

  @Field(() => OrgRole, { defaultValue: OrgRole.MEMBER })
  @IsEnum(OrgRole, { message: 'Pick a role.' })
  role: OrgRole;
}

@InputType()
export class AddAllMembersToCohortInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Unknown cohort.' })
  cohortId: string;

  @Field(() => OrgRole, {
    nullable: true,
    description: 'Only members with this organisation role; everyone when absent.',
  })
  @IsOptional()
  @IsEnum(OrgRole, { message: 'Pick a role.' })
  onlyRole?: OrgRole | null;
}
