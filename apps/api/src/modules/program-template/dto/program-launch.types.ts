import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { LEARNING_LIMITS, PROGRAM_TEMPLATE_LIMITS as L } from '@openhuddle/shared';
import { ArrayMaxSize, IsInt, IsOptional, IsUUID, Length, Matches, Min, Validate } from 'class-validator';
import { Trim } from '../../../common/validation/transforms';
import { IsTimeZone } from '../../user/time-zone.validator';

const CalendarDate = (message: string, each = false) => Matches(/^\d{4}-\d{2}-\d{2}$/, { message, each });

@InputType({ description: 'Where and when a template lands on the calendar.' })
export class ProgramScheduleInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Unknown template.' })
  templateId: string;

  @Field(() => Int, { nullable: true, description: 'Defaults to the latest version.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number | null;

  @Field({ description: '"YYYY-MM-DD": day 0 of the template.' })
  @CalendarDate('Pick a start date.')
  startDate: string;

  @Field({ description: 'IANA time zone the template’s local times are read in, e.g. Europe/London.' })
  @Validate(IsTimeZone)
  timeZone: string;

  @Field(() => [String], {
    defaultValue: [],
    description: '"YYYY-MM-DD" dates nothing falls on (holidays): what would, moves to the next date not skipped.',
  })
  @ArrayMaxSize(L.skipDatesMax, { message: `Skip at most ${L.skipDatesMax} dates.` })
  @CalendarDate('Use dates like 2026-12-24.', true)
  skipDates: string[];
}

@InputType()
export class LaunchProgramInput extends ProgramScheduleInput {
  @Field(() => ID, { description: 'The organisation the cohort is created in.' })
  @IsUUID('all', { message: 'Unknown organization.' })
  organizationId: string;

  @Field()
  @Trim()
  @Length(1, LEARNING_LIMITS.cohortNameMax, { message: `Use 1 to ${LEARNING_LIMITS.cohortNameMax} characters.` })
  cohortName: string;
}

@ObjectType()
export class ScheduledTemplatePrompt {
  @Field(() => Int) position: number;
  @Field() title: string;
  @Field() opensAt: Date;
  @Field(() => Date, { nullable: true }) dueAt: Date | null;
  @Field(() => Date, { nullable: true }) closesAt: Date | null;
  @Field({ description: 'A skipped date moved one of its dates.' }) moved: boolean;
}

@ObjectType()
export class ScheduledTemplateHuddle {
  @Field(() => Int) position: number;
  @Field() title: string;
  @Field() startsAt: Date;
  @Field(() => Int) durationMinutes: number;
  @Field({ description: 'It fell on a skipped date and moved.' }) moved: boolean;
}

@ObjectType({ description: 'A template on the calendar for a start date, time zone and skipped dates.' })
export class ProgramSchedulePreview {
  @Field(() => Int) version: number;
  @Field() timeZone: string;
  @Field() startDate: string;
  @Field({ description: 'The last date anything falls on.' }) endDate: string;
  @Field(() => [ScheduledTemplatePrompt]) prompts: ScheduledTemplatePrompt[];
  @Field(() => [ScheduledTemplateHuddle]) huddles: ScheduledTemplateHuddle[];
}

@ObjectType({ description: 'A cohort launched from a template.' })
export class ProgramLaunch {
  @Field(() => ID) id: string;
  @Field(() => ID) cohortId: string;
  @Field(() => ID) organizationId: string;
  @Field(() => ID) templateId: string;
  @Field() templateTitle: string;
  @Field(() => Int) version: number;
  @Field() startDate: string;
  @Field() timeZone: string;
  @Field(() => [String]) skipDates: string[];
  @Field() launchedAt: Date;
}

@InputType()
export class SaveCohortAsTemplateInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Unknown cohort.' })
  cohortId: string;

  @Field(() => ID, { nullable: true, description: 'Who owns the template; defaults to the cohort’s organisation.' })
  @IsOptional()
  @IsUUID('all', { message: 'Unknown organization.' })
  organizationId?: string | null;

  @Field()
  @Trim()
  @Length(3, L.titleMax, { message: `Use 3 to ${L.titleMax} characters.` })
  title: string;
}

@ObjectType({ description: 'A cohort the viewer runs, where a prompt can be copied to.' })
export class PromptCopyTarget {
  @Field(() => ID) cohortId: string;
  @Field() cohortName: string;
  @Field(() => ID) organizationId: string;
  @Field() organizationName: string;
}
