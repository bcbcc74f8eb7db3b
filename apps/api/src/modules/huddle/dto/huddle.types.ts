import { applyDecorators } from '@nestjs/common';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  AgendaItemKind,
  DEFAULT_NUDGE_HOURS,
  HUDDLE_LIMITS,
  HuddleScope,
  HuddleStatus,
  Recurrence,
} from '@openhuddle/shared';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsArray,
  IsDate,
  IsEnum,
  IsInt,
  IsISO8601,
  IsOptional,
  IsUrl,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  Validate,
} from 'class-validator';
import { Trim } from '../../../common/validation/transforms';
import { UserProfile } from '../../user/dto/user.types';
import { IsTimeZone } from '../../user/time-zone.validator';

registerEnumType(HuddleStatus, { name: 'HuddleStatus' });
registerEnumType(Recurrence, { name: 'Recurrence' });
registerEnumType(AgendaItemKind, { name: 'AgendaItemKind' });
registerEnumType(HuddleScope, {
  name: 'HuddleScope',
  description: 'Which meetings of a series a change applies to.',
  valuesMap: {
    THIS: { description: 'Only this meeting.' },
    FOLLOWING: { description: 'This meeting and the later scheduled meetings of its series.' },
  },
});

// The rules of a huddle's details, the same whether it is scheduled or edited.
const HuddleTitle = () =>
  applyDecorators(
    Trim(),
    Length(3, HUDDLE_LIMITS.titleMax, { message: `Use 3 to ${HUDDLE_LIMITS.titleMax} characters.` }),
  );
const HuddleStart = () => IsDate({ message: 'Pick a start time.' });
const HuddleDuration = () =>
  applyDecorators(
    IsInt(),
    Min(5, { message: 'At least 5 minutes.' }),
    Max(HUDDLE_LIMITS.durationMinutesMax, { message: `At most ${HUDDLE_LIMITS.durationMinutesMax} minutes.` }),
  );
const HuddleJoinUrl = () =>
  applyDecorators(
    IsOptional(),
    IsUrl(
      { protocols: ['https', 'http'], require_protocol: true },
      { message: 'Use the full meeting link (https://…).' },
    ),
    MaxLength(2048),
  );
const { nudgeHoursMin, nudgeHoursMax, nudgesMax } = HUDDLE_LIMITS;
/** Reminder times: whole hours before the start, each once, most distant first; empty: none. */
const HuddleNudgeHours = () =>
  applyDecorators(
    Transform(({ value }) =>
      Array.isArray(value) ? [...new Set(value)].sort((a: number, b: number) => b - a) : value,
    ),
    IsArray(),
    ArrayMaxSize(nudgesMax, { message: `Pick at most ${nudgesMax} reminder times.` }),
    IsInt({ each: true, message: 'Use whole hours.' }),
    Min(nudgeHoursMin, { each: true, message: `Remind at least ${nudgeHoursMin} hour before the start.` }),
    Max(nudgeHoursMax, {
      each: true,
      message: `Remind at most ${nudgeHoursMax} hours (two weeks) before the start.`,
    }),
  );

@ObjectType()
export class AgendaItem {
  @Field(() => ID) id: string;
  @Field(() => Int) position: number;
  @Field() title: string;
  @Field(() => AgendaItemKind) kind: AgendaItemKind;
  @Field(() => ID, { nullable: true }) contributionId: string | null;
  @Field(() => Int, { nullable: true }) timeBoxMinutes: number | null;
}

@ObjectType({ description: 'One participant’s block of notes on an agenda item.' })
export class HuddleNote {
  @Field(() => ID) agendaItemId: string;
  @Field(() => UserProfile) author: UserProfile;
  @Field() body: string;
  @Field(() => Int) version: number;
  @Field() updatedAt: Date;
}

@ObjectType()
export class Decision {
  @Field(() => ID) id: string;
  @Field(() => ID, { nullable: true }) agendaItemId: string | null;
  @Field() text: string;
  @Field() createdAt: Date;
}

@ObjectType({ description: 'What the viewer may do to this action item (huddle.policy.ts).' })
export class ActionItemPermissions {
  @Field({ description: 'Its owner, or whoever runs the cohort.' }) complete: boolean;
  @Field() turnIntoPrompt: boolean;
}

@ObjectType()
export class ActionItem {
  @Field(() => ID) id: string;
  @Field(() => ID) huddleId: string;
  @Field(() => ID) cohortId: string;
  @Field(() => ID, { nullable: true }) agendaItemId: string | null;
  @Field(() => UserProfile) owner: UserProfile;
  @Field() text: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) dueOn: string | null;
  @Field(() => Date, { nullable: true }) doneAt: Date | null;
  @Field(() => ID, { nullable: true, description: 'The prompt it became, if any.' }) promptId: string | null;
  @Field(() => ActionItemPermissions) viewerCan: ActionItemPermissions;
}

@ObjectType({ description: 'What the viewer may do to this huddle (huddle.policy.ts); the UI hides the rest.' })
export class HuddlePermissions {
  @Field({ description: 'Manages the cohort: sees draft prompts and runs its huddles.' }) facilitate: boolean;
  @Field() edit: boolean;
  @Field() cancel: boolean;
  @Field() start: boolean;
  @Field() end: boolean;
  @Field({ description: 'Moves the live huddle through its agenda.' }) runLive: boolean;
  @Field({ description: 'Adds, edits, removes and reorders agenda items.' }) addAgendaItem: boolean;
  @Field() recordDecision: boolean;
  @Field() addActionItem: boolean;
  @Field({ description: 'Writes their own notes block on an agenda item.' }) saveNote: boolean;
}

@ObjectType()
export class Huddle {
  @Field(() => ID) id: string;
  @Field(() => ID) cohortId: string;
  @Field(() => ID) seriesId: string;
  @Field() title: string;
  @Field({ description: 'UTC; show it in the viewer’s time zone.' }) startsAt: Date;
  @Field(() => Int) durationMinutes: number;
  @Field({ description: 'The time zone it was scheduled in: its series keeps its local time there.' })
  timeZone: string;
  @Field(() => String, { nullable: true }) joinUrl: string | null;
  @Field(() => HuddleStatus) status: HuddleStatus;
  @Field(() => ID, { nullable: true }) currentAgendaItemId: string | null;
  @Field(() => Date, { nullable: true }) startedAt: Date | null;
  @Field(() => Date, { nullable: true }) endedAt: Date | null;
  @Field(() => String, { nullable: true, description: 'Markdown minutes, once ended.' }) minutes: string | null;
  @Field(() => [ID]) promptIds: string[];
  @Field(() => [Int], {
    description:
      'Hours before the start when members who have not posted to its prompts are reminded, most distant first; empty: no reminders.',
  })
  nudgeHours: number[];
  @Field(() => HuddlePermissions) viewerCan: HuddlePermissions;
  organizationId: string;
}

@InputType()
export class ScheduleHuddleInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Unknown cohort.' })
  cohortId: string;

  @Field()
  @HuddleTitle()
  title: string;

  @Field()
  @HuddleStart()
  startsAt: Date;

  @Field({
    defaultValue: false,
    description:
      'Accept a start in the past (recording a huddle that already happened); otherwise a past start is refused (BAD_USER_INPUT on startsAt).',
  })
  @IsBoolean()
  allowPast: boolean;

  @Field(() => Int, { defaultValue: 45 })
  @HuddleDuration()
  durationMinutes: number;

  @Field(() => String, { nullable: true, description: 'Any Zoom/Meet/Teams URL.' })
  @HuddleJoinUrl()
  joinUrl?: string | null;

  @Field(() => [ID], { defaultValue: [] })
  @ArrayMaxSize(HUDDLE_LIMITS.promptsMax, {
    message: `Link at most ${HUDDLE_LIMITS.promptsMax} prompts to one huddle.`,
  })
  @IsUUID('all', { each: true, message: 'Unknown prompt.' })
  promptIds: string[];

  @Field(() => Recurrence, { defaultValue: Recurrence.NONE })
  @IsEnum(Recurrence)
  recurrence: Recurrence;

  @Field(() => Int, { defaultValue: 1, description: 'How many meetings the series has.' })
  @IsInt()
  @Min(1)
  @Max(HUDDLE_LIMITS.occurrencesMax, { message: `At most ${HUDDLE_LIMITS.occurrencesMax} meetings.` })
  occurrences: number;

  @Field({ nullable: true, description: 'Repeats keep this local time across DST (defaults to the facilitator’s).' })
  @IsOptional()
  @Validate(IsTimeZone)
  timeZone?: string;

  @Field(() => [Int], {
    defaultValue: [...DEFAULT_NUDGE_HOURS],
    description: `Hours before each meeting when members who have not posted are reminded (${nudgeHoursMin}–${nudgeHoursMax}, at most ${nudgesMax}); empty: no reminders.`,
  })
  @HuddleNudgeHours()
  nudgeHours: number[];
}

@InputType({
  description:
    'A huddle’s details as they should be. With scope FOLLOWING, what changed here changes in the later meetings too: a new time moves each of them to the same new local weekday and time (in the huddle’s time zone, across daylight-saving changes).',
})
export class UpdateHuddleInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Unknown huddle.' })
  huddleId: string;

  @Field()
  @HuddleTitle()
  title: string;

  @Field()
  @HuddleStart()
  startsAt: Date;

  @Field({
    defaultValue: false,
    description:
      'Accept a start in the past (recording a huddle that already happened); otherwise a past start is refused (BAD_USER_INPUT on startsAt).',
  })
  @IsBoolean()
  allowPast: boolean;

  @Field(() => Int)
  @HuddleDuration()
  durationMinutes: number;

  @Field(() => String, { nullable: true, description: 'Any Zoom/Meet/Teams URL; null removes it.' })
  @HuddleJoinUrl()
  joinUrl?: string | null;

  @Field(() => [Int], {
    nullable: true,
    description: `Hours before the start when members who have not posted are reminded (${nudgeHoursMin}–${nudgeHoursMax}, at most ${nudgesMax}); empty: no reminders; omitted: unchanged.`,
  })
  @IsOptional()
  @HuddleNudgeHours()
  nudgeHours?: number[] | null;

  @Field(() => HuddleScope, { defaultValue: HuddleScope.THIS })
  @IsEnum(HuddleScope)
  scope: HuddleScope;
}

@InputType()
export class AgendaItemInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Unknown huddle.' })
  huddleId: string;

  @Field()
  @Trim()
  @Length(1, HUDDLE_LIMITS.agendaTitleMax, { message: `Use 1 to ${HUDDLE_LIMITS.agendaTitleMax} characters.` })
  title: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(240)
  timeBoxMinutes?: number | null;
}

@InputType()
export class UpdateAgendaItemInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Unknown agenda item.' })
  agendaItemId: string;

  @Field()
  @Trim()
  @Length(1, HUDDLE_LIMITS.agendaTitleMax, { message: `Use 1 to ${HUDDLE_LIMITS.agendaTitleMax} characters.` })
  title: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(240)
  timeBoxMinutes?: number | null;
}

@InputType()
export class ReorderAgendaInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Unknown huddle.' })
  huddleId: string;

  @Field(() => [ID])
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  agendaItemIds: string[];
}

@InputType()
export class SaveNoteInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Unknown agenda item.' })
  agendaItemId: string;

  @Field()
  @MaxLength(HUDDLE_LIMITS.notesMax, { message: `At most ${HUDDLE_LIMITS.notesMax} characters.` })
  body: string;

  @Field(() => Int, {
    nullable: true,
    description: 'The version this edit started from (CONFLICT if your block changed elsewhere).',
  })
  @IsOptional()
  @IsInt()
  expectedVersion?: number;
}

@InputType()
export class RecordDecisionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Unknown huddle.' })
  huddleId: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Unknown agenda item.' })
  agendaItemId?: string | null;

  @Field()
  @Trim()
  @Length(1, HUDDLE_LIMITS.decisionMax, { message: `Use 1 to ${HUDDLE_LIMITS.decisionMax} characters.` })
  text: string;
}

@InputType()
export class AddActionItemInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Unknown huddle.' })
  huddleId: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Unknown agenda item.' })
  agendaItemId?: string | null;

  @Field(() => ID)
  @IsUUID('all', { message: 'Pick who owns it.' })
  ownerId: string;

  @Field()
  @Trim()
  @Length(1, HUDDLE_LIMITS.actionItemMax, { message: `Use 1 to ${HUDDLE_LIMITS.actionItemMax} characters.` })
  text: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'Use a date like 2026-12-01.' })
  dueOn?: string | null;
}
