import { PROTOCOL_LIMITS } from '@openhuddle/shared';
import type {
  FeedbackProtocolFieldsFragment,
  ProtocolSectionInput,
  RubricCriterionInput,
} from '../../generated/graphql';

export type Protocol = FeedbackProtocolFieldsFragment;

/**
 * What the protocol form edits. Every section, criterion and level carries a client id (`uid`), so
 * React keeps each row's fields through reordering and error messages stay with their row.
 * `key` is the stable key the API stores answers under: kept for rows that came from a protocol
 * (feedback already given refers to it), made from the label for new rows.
 */
export interface SectionDraft {
  uid: string;
  key: string | null;
  label: string;
  guidingQuestion: string;
  /** One sentence stem per line. */
  stems: string;
  required: boolean;
}

export interface LevelDraft {
  uid: string;
  label: string;
  descriptor: string;
}

export interface CriterionDraft {
  uid: string;
  key: string | null;
  label: string;
  levels: LevelDraft[];
}

export interface ProtocolDraft {
  name: string;
  description: string;
  sections: SectionDraft[];
  rubric: CriterionDraft[];
}

export interface ProtocolFields {
  name: string;
  description: string;
  sections: ProtocolSectionInput[];
  rubric: RubricCriterionInput[];
}

/** Facilitators, admins and owners create and edit protocols (the API's `@OrgScoped(FACILITATOR)`). */
export { canManageProtocols } from '../../app/roles';

let counter = 0;
export const newUid = (): string => `u${++counter}`;

export const DEFAULT_LEVELS = ['Emerging', 'Developing', 'Proficient', 'Exemplary'];

export function emptySection(): SectionDraft {
  return { uid: newUid(), key: null, label: '', guidingQuestion: '', stems: '', required: true };
}

export function emptyLevel(label = ''): LevelDraft {
  return { uid: newUid(), label, descriptor: '' };
}

export function emptyCriterion(): CriterionDraft {
  return { uid: newUid(), key: null, label: '', levels: DEFAULT_LEVELS.map((label) => emptyLevel(label)) };
}

/**
 * The form's starting point: a blank protocol, the protocol being edited, or a copy of one
 * ("Duplicate", e.g. of a built-in): a copy keeps the keys, which are only unique within a protocol.
 */
export function draftFrom(protocol?: Protocol | null, mode: 'edit' | 'copy' = 'edit'): ProtocolDraft {
  if (!protocol) return { name: '', description: '', sections: [emptySection()], rubric: [] };
  return {
    name: mode === 'copy' ? copyName(protocol.name) : protocol.name,
    description: protocol.description,
    sections: protocol.sections.map((s) => ({
      uid: newUid(),
      key: s.key,
      label: s.label,
      guidingQuestion: s.guidingQuestion,
      stems: s.sentenceStems.join('\n'),
      required: s.required,
    })),
    rubric: protocol.rubric.map((c) => ({
      uid: newUid(),
      key: c.key,
      label: c.label,
      levels: [...c.levels]
        .sort((a, b) => a.value - b.value)
        .map((l) => ({ uid: newUid(), label: l.label, descriptor: l.descriptor })),
    })),
  };
}

function copyName(name: string): string {
  const copy = `${name} (copy)`;
  return copy.length <= PROTOCOL_LIMITS.nameMax ? copy : name;
}

export function stemsOf(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

/**
 * A key the API accepts (letters and digits, starting with a letter), made from a label:
 * "I wonder" → "iWonder", "What if?" → "whatIf"; "2 stars" → "section2Stars"; unique among `taken`.
 */
export function keyFromLabel(label: string, taken: ReadonlySet<string>, fallback: string): string {
  const words = label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^a-zA-Z0-9]+/)
    .filter(Boolean)
    .map((w, i) => (i === 0 ? w.toLowerCase() : w.charAt(0).toUpperCase() + w.slice(1).toLowerCase()));
  let base = words.join('');
  if (!/^[a-zA-Z]/.test(base)) base = fallback + (base ? base.charAt(0).toUpperCase() + base.slice(1) : '');
  // Leave room for a number that makes it unique.
  base = base.slice(0, PROTOCOL_LIMITS.keyMax - 3);
  let key = base;
  for (let n = 2; taken.has(key); n++) key = `${base}${n}`;
  return key;
}

function withKeys<T extends { key: string | null; label: string }>(rows: T[], fallback: string): string[] {
  const taken = new Set<string>();
  const keys: Array<string | null> = rows.map((row) => {
    if (row.key && !taken.has(row.key)) {
      taken.add(row.key);
      return row.key;
    }
    return null;
  });
  return rows.map((row, i) => {
    const key = keys[i];
    if (key) return key;
    const made = keyFromLabel(row.label, taken, fallback);
    taken.add(made);
    return made;
  });
}

/** The mutation's fields, in the form's order. Levels are numbered 1, 2, 3… from the first (lowest) one. */
export function toProtocolFields(draft: ProtocolDraft): ProtocolFields {
  const sectionKeys = withKeys(draft.sections, 'section');
  const criterionKeys = withKeys(draft.rubric, 'criterion');
  return {
    name: draft.name.trim(),
    description: draft.description.trim(),
    sections: draft.sections.map((s, i) => ({
      key: sectionKeys[i]!,
      label: s.label.trim(),
      guidingQuestion: s.guidingQuestion.trim(),
      sentenceStems: stemsOf(s.stems),
      required: s.required,
    })),
    rubric: draft.rubric.map((c, i) => ({
      key: criterionKeys[i]!,
      label: c.label.trim(),
      levels: c.levels.map((l, j) => ({ value: j + 1, label: l.label.trim(), descriptor: l.descriptor.trim() })),
    })),
  };
}

/*
 * Field names. The form names a row's fields by its uid (`sections.u3.label`), so a message stays
 * beside its row when rows move; the API names them by position (`sections.0.label`).
 */
export const sectionField = (s: SectionDraft, field: 'label' | 'guidingQuestion' | 'stems') =>
  `sections.${s.uid}.${field}`;
export const criterionField = (c: CriterionDraft, field: 'label' | 'levels') => `rubric.${c.uid}.${field}`;
export const levelField = (l: LevelDraft, field: 'label' | 'descriptor') => `levels.${l.uid}.${field}`;

/** The API's field paths for this draft (as submitted), each with the form field that shows its message. */
export function serverFieldNames(draft: ProtocolDraft): Record<string, string> {
  const names: Record<string, string> = {
    name: 'name',
    description: 'description',
    sections: 'sections',
    rubric: 'rubric',
  };
  draft.sections.forEach((s, i) => {
    // The key is made from the label, so a problem with it is fixed in the label.
    names[`sections.${i}.key`] = sectionField(s, 'label');
    names[`sections.${i}.label`] = sectionField(s, 'label');
    names[`sections.${i}.guidingQuestion`] = sectionField(s, 'guidingQuestion');
    names[`sections.${i}.sentenceStems`] = sectionField(s, 'stems');
  });
  draft.rubric.forEach((c, i) => {
    names[`rubric.${i}.key`] = criterionField(c, 'label');
    names[`rubric.${i}.label`] = criterionField(c, 'label');
    names[`rubric.${i}.levels`] = criterionField(c, 'levels');
    c.levels.forEach((l, j) => {
      names[`rubric.${i}.levels.${j}.value`] = levelField(l, 'label');
      names[`rubric.${i}.levels.${j}.label`] = levelField(l, 'label');
      names[`rubric.${i}.levels.${j}.descriptor`] = levelField(l, 'descriptor');
    });
  });
  return names;
}

/** Messages for what is obviously missing or too long, before asking the server (which has the last word). */
export function checkDraft(draft: ProtocolDraft): Record<string, string> {
  const errors: Record<string, string> = {};
  const name = draft.name.trim();
  if (!name) errors.name = 'Name the protocol.';
  else if (name.length < PROTOCOL_LIMITS.nameMin) errors.name = `Use at least ${PROTOCOL_LIMITS.nameMin} characters.`;
  if (!draft.sections.length) errors.sections = 'Add at least one section.';
  for (const s of draft.sections) {
    if (!s.label.trim()) errors[sectionField(s, 'label')] = 'Give the section a label.';
    const stems = stemsOf(s.stems);
    if (stems.length > PROTOCOL_LIMITS.sentenceStemsMax) {
      errors[sectionField(s, 'stems')] = `Use at most ${PROTOCOL_LIMITS.sentenceStemsMax} sentence stems.`;
    } else if (stems.some((stem) => stem.length > PROTOCOL_LIMITS.sentenceStemMax)) {
      errors[sectionField(s, 'stems')] = `Keep each stem under ${PROTOCOL_LIMITS.sentenceStemMax} characters.`;
    }
  }
  for (const c of draft.rubric) {
    if (!c.label.trim()) errors[criterionField(c, 'label')] = 'Name the criterion.';
    if (c.levels.length < PROTOCOL_LIMITS.levelsMin) {
      errors[criterionField(c, 'levels')] = `Give at least ${PROTOCOL_LIMITS.levelsMin} levels.`;
    }
    for (const l of c.levels) if (!l.label.trim()) errors[levelField(l, 'label')] = 'Name the level.';
  }
  return errors;
}

/** Moves the item at `index` one place up (-1) or down (+1); the same list when it cannot move. */
export function moved<T>(items: readonly T[], index: number, direction: -1 | 1): T[] {
  const target = index + direction;
  if (target < 0 || target >= items.length) return [...items];
  const next = [...items];
  [next[index], next[target]] = [items[target]!, items[index]!];
  return next;
}
