import type { Anonymity, ContributionKind, RevealRule, ReviewGrouping, ReviewMode } from '@openhuddle/shared';
import type { ProtocolSection, RubricCriterion } from '../feedback-protocol/feedback-protocol.entity';

/**
 * The content of one ProgramTemplate version, stored as JSON in `program_template_version.body`.
 * It is written once (validated by the GraphQL inputs and `templateBodyErrors`) and never changed:
 * editing a template writes a new version, so a launched cohort's version stays what it was.
 */
export interface TemplateBody {
  prompts: TemplatePrompt[];
  huddles: TemplateHuddle[];
  /** Copies of the organisation's own protocols the prompts use (built-ins are named by id). */
  protocols: TemplateProtocol[];
  resources: TemplateResource[];
}

/** A moment relative to the start date: `day` calendar days after it (0 = the start date), at local `time`. */
export interface TemplateTime {
  day: number;
  /** "HH:MM", 24-hour, in the zone the program is launched in. */
  time: string;
}

export type TemplateProtocolRef = { builtInId: string } | { copy: number };

export interface TemplatePrompt {
  title: string;
  instructions: string;
  acceptedKinds: ContributionKind[];
  revealRule: RevealRule;
  reveal: TemplateTime | null;
  anonymity: Anonymity;
  protocol: TemplateProtocolRef | null;
  reviewMode: ReviewMode;
  reviewsPerContribution: number;
  reviewGrouping: ReviewGrouping;
  opens: TemplateTime;
  due: TemplateTime | null;
  closes: TemplateTime | null;
}

export interface TemplateAgendaItem {
  title: string;
  timeBoxMinutes: number | null;
}

export interface TemplateHuddle {
  title: string;
  at: TemplateTime;
  durationMinutes: number;
  /** Positions (0-based) of the prompts it discusses, in the template's prompt order. */
  promptPositions: number[];
  agenda: TemplateAgendaItem[];
}

export interface TemplateProtocol {
  /** The protocol it was copied from (its organisation may edit or delete it; this copy stays). */
  sourceId: string | null;
  name: string;
  description: string;
  sections: ProtocolSection[];
  rubric: RubricCriterion[];
}

export interface TemplateResource {
  title: string;
  url: string;
}

const minutesOf = (t: TemplateTime) => t.day * 1440 + Number(t.time.slice(0, 2)) * 60 + Number(t.time.slice(3, 5));

/**
 * Checks that need several fields at once (the inputs check each field): a prompt's due and close
 * come after it opens, a huddle links prompts that exist. Keys name the input field
 * (`prompts.2.due`), like the validation pipe's.
 */
export function templateBodyErrors(body: Pick<TemplateBody, 'prompts' | 'huddles'>): Record<string, string> {
  const errors: Record<string, string> = {};
  body.prompts.forEach((p, i) => {
    if (p.due && minutesOf(p.due) < minutesOf(p.opens)) errors[`prompts.${i}.due`] = 'Due must be after it opens.';
    if (p.closes && minutesOf(p.closes) < minutesOf(p.due ?? p.opens))
      errors[`prompts.${i}.closes`] = 'It must close after it opens and is due.';
    if (p.revealRule === 'AT_TIME' && !p.reveal)
      errors[`prompts.${i}.revealAt`] = 'Pick when contributions are revealed.';
    if (p.reviewMode === 'ASSIGNED' && p.reviewsPerContribution < 1)
      errors[`prompts.${i}.reviewsPerContribution`] = 'Assign at least one review per contribution.';
    if (p.reviewMode !== 'NONE' && !p.protocol)
      errors[`prompts.${i}.protocolId`] = 'Pick a feedback protocol for reviews.';
  });
  body.huddles.forEach((h, i) => {
    if (h.promptPositions.some((n) => n >= body.prompts.length))
      errors[`huddles.${i}.promptPositions`] = 'Link prompts of this template.';
  });
  return errors;
}
