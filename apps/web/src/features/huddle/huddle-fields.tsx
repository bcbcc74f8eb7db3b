import { HUDDLE_LIMITS } from '@openhuddle/shared';
import { useState, type ChangeEvent, type ReactNode } from 'react';
import type { FormErrors } from '../../app/graphql-errors';
import type { HuddleScope } from '../../generated/graphql';
import { Select, TextField } from '../../ui';
import { NUDGE_CHOICES, nudgeLabel } from './huddle-words';
import { zoneName, zonedInputToUtc } from '../../lib/time-zone';
import { formatDateTime } from '../../lib/format-date';

/** The form values a huddle's details take, whether it is being scheduled or edited. */
export interface HuddleDetailsValues {
  title: string;
  /** `YYYY-MM-DDTHH:mm` in the viewer's zone. */
  startsAt: string;
  durationMinutes: string;
  joinUrl: string;
  /** The reminder times, hours before the start, comma-separated ("48,2"); empty: none. */
  nudgeHours: string;
  /** "yes" once the facilitator confirms a start in the past (recording a huddle that happened). */
  allowPast: string;
}

type DetailsField = keyof HuddleDetailsValues;

/** The form's reminder times as the API takes them: each once, most distant first. */
export function nudgeHoursOf(values: Pick<HuddleDetailsValues, 'nudgeHours'>): number[] {
  const hours = values.nudgeHours
    .split(',')
    .map(Number)
    .filter((h) => Number.isInteger(h) && h > 0);
  return [...new Set(hours)].sort((a, b) => b - a);
}

interface FieldBinding {
  name: string;
  value: string;
  error?: string;
  onChange: (e: ChangeEvent<HTMLInputElement | HTMLSelectElement>) => void;
}

const STANDARD_DURATIONS = [15, 30, 45, 60, 75, 90, 120];

/** The usual lengths, plus the current one if it is unusual (an edited huddle keeps its own). */
function durationOptions(current: string) {
  const minutes = [...new Set([...STANDARD_DURATIONS, Number(current)].filter((m) => m > 0))].sort((a, b) => a - b);
  return minutes.map((m) => ({ value: String(m), label: `${m} minutes` }));
}

/**
 * Title, start, length, join link and reminders of a huddle: the fields the schedule and edit
 * forms share. `children` go inside the "When" group (the schedule form's repeat options).
 */
export function HuddleDetailsFields({
  form,
  timeZone,
  titleHint,
  whenHint,
  children,
}: {
  form: {
    bind: (name: DetailsField) => FieldBinding;
    set: (name: DetailsField, value: string) => void;
    values: HuddleDetailsValues;
  };
  timeZone?: string;
  titleHint: string;
  whenHint?: ReactNode;
  children?: ReactNode;
}) {
  return (
    <>
      <TextField
        label="Title"
        hint={titleHint}
        required
        maxLength={HUDDLE_LIMITS.titleMax}
        autoComplete="off"
        {...form.bind('title')}
      />
      <fieldset className="fieldset">
        <legend className="fieldset-legend">When</legend>
        <p className="field-hint">
          Your time zone: {zoneName(timeZone)}. Everyone sees the time in their own.
          {whenHint && <> {whenHint}</>}
        </p>
        <div className="field-row">
          <TextField label="Starts" type="datetime-local" required {...form.bind('startsAt')} />
          <Select
            label="Duration"
            options={durationOptions(form.values.durationMinutes)}
            {...form.bind('durationMinutes')}
          />
        </div>
        <PastStartWarning form={form} timeZone={timeZone} />
        {children}
      </fieldset>
      <TextField
        label="Join link (optional)"
        type="url"
        inputMode="url"
        placeholder="https://meet.example.com/…"
        hint="Your Zoom, Meet or Teams link."
        {...form.bind('joinUrl')}
      />
      <NudgeHoursChoice
        value={form.values.nudgeHours}
        error={form.bind('nudgeHours').error}
        onChange={(value) => form.set('nudgeHours', value)}
      />
    </>
  );
}

/**
 * A start in the past is usually a wrong year. Said as soon as it is typed (the API refuses it
 * too, unless confirmed), with the date spelled out including its year.
 */
function PastStartWarning({
  form,
  timeZone,
}: {
  form: { set: (name: DetailsField, value: string) => void; values: HuddleDetailsValues };
  timeZone?: string;
}) {
  // "Now" as of opening the form: the default start is a little ahead of it.
  const [openedAt] = useState(() => Date.now());
  const startsAt = zonedInputToUtc(form.values.startsAt, timeZone);
  if (!startsAt || new Date(startsAt).getTime() >= openedAt) return null;
  return (
    <div className="past-start" role="status">
      <p className="field-hint">
        <strong>{formatDateTime(startsAt, timeZone)} is in the past.</strong> Check the date, or confirm that you are
        recording a huddle that already happened.
      </p>
      <label className="check">
        <input
          type="checkbox"
          name="allowPast"
          checked={form.values.allowPast === 'yes'}
          onChange={(e) => form.set('allowPast', e.target.checked ? 'yes' : '')}
        />
        <span>This huddle already happened</span>
      </label>
    </div>
  );
}

/**
 * Which reminders go out before the huddle. The usual times, plus any other time the huddle
 * already has (set through the API), so editing never drops a reminder silently.
 */
function NudgeHoursChoice({
  value,
  error,
  onChange,
}: {
  value: string;
  error?: string;
  onChange: (value: string) => void;
}) {
  const chosen = nudgeHoursOf({ nudgeHours: value });
  const choices = [...new Set([...NUDGE_CHOICES, ...chosen])].sort((a, b) => b - a);
  const toggle = (hours: number, on: boolean) =>
    onChange(
      nudgeHoursOf({ nudgeHours: [...chosen.filter((h) => h !== hours), ...(on ? [hours] : [])].join(',') }).join(','),
    );
  return (
    <fieldset className="fieldset" aria-describedby={`huddle-nudges-hint${error ? ' huddle-nudges-error' : ''}`}>
      <legend className="fieldset-legend">Remind members who have not posted</legend>
      <p id="huddle-nudges-hint" className="field-hint">
        An in-app notification to members who have not posted to its prompts yet. Nobody who posted is reminded.
      </p>
      <div className="check-list">
        {choices.map((hours) => (
          <label key={hours} className="check">
            <input
              type="checkbox"
              name="nudgeHours"
              value={hours}
              checked={chosen.includes(hours)}
              aria-invalid={error ? true : undefined}
              onChange={(e) => toggle(hours, e.target.checked)}
            />
            <span>{nudgeLabel(hours)} before</span>
          </label>
        ))}
      </div>
      {error && (
        <p id="huddle-nudges-error" className="field-error">
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      )}
    </fieldset>
  );
}

/**
 * Checks what the browser can check before asking the server: a title, and a start that is a
 * time. Returns the start as a UTC instant, or the errors to show.
 */
export function checkDetails(
  values: HuddleDetailsValues,
  timeZone?: string,
): { startsAt: string; errors: null } | { startsAt: null; errors: FormErrors } {
  const startsAt = zonedInputToUtc(values.startsAt, timeZone);
  if (values.title.trim() && startsAt) return { startsAt, errors: null };
  return {
    startsAt: null,
    errors: {
      fields: {
        ...(values.title.trim() ? {} : { title: 'Give the huddle a title.' }),
        ...(startsAt ? {} : { startsAt: 'Pick a date and time.' }),
      },
      summary: null,
      code: 'BAD_USER_INPUT',
    },
  };
}

/** Which meetings of a series a change applies to; only offered when later meetings exist. */
export function ScopeChoice({
  legend,
  name,
  value,
  later,
  onChange,
  hint,
}: {
  legend: string;
  name: string;
  value: HuddleScope;
  later: number;
  onChange: (scope: HuddleScope) => void;
  hint?: ReactNode;
}) {
  const options: Array<[HuddleScope, string]> = [
    ['THIS', 'Only this meeting'],
    ['FOLLOWING', `This and the ${later === 1 ? 'next meeting' : `${later} later meetings`} of the series`],
  ];
  return (
    <fieldset className="fieldset">
      <legend className="fieldset-legend">{legend}</legend>
      <div className="check-list">
        {options.map(([scope, label]) => (
          <label key={scope} className="check">
            <input type="radio" name={name} value={scope} checked={value === scope} onChange={() => onChange(scope)} />
            <span>{label}</span>
          </label>
        ))}
      </div>
      {hint && <p className="field-hint">{hint}</p>}
    </fieldset>
  );
}
