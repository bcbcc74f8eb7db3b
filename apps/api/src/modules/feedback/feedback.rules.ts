import type { FieldErrors } from '../../common/errors/app-error';
import type { FeedbackProtocolEntity } from './feedback-protocol.entity';

/**
 * Checks feedback against its protocol: known sections only, every required section
 * answered, rubric levels that exist. Field keys are `answers.<section>` / `rubric.<criterion>`.
 */
export function feedbackFieldErrors(
  protocol: Pick<FeedbackProtocolEntity, 'sections' | 'rubric'>,
  answers: Array<{ sectionKey: string; text: string }>,
  rubric: Array<{ criterionKey: string; level: number }>,
): FieldErrors {
  const errors: FieldErrors = {};
  const given = new Map(answers.map((a) => [a.sectionKey, a.text.trim()]));
  for (const key of given.keys()) {
    if (!protocol.sections.some((s) => s.key === key)) errors[`answers.${key}`] = 'This protocol has no such section.';
  }
  for (const section of protocol.sections) {
    if (section.required && !given.get(section.key)) errors[`answers.${section.key}`] = `${section.label} is required.`;
  }
  for (const score of rubric) {
    const criterion = protocol.rubric.find((c) => c.key === score.criterionKey);
    if (!criterion) errors[`rubric.${score.criterionKey}`] = 'This protocol has no such criterion.';
    else if (!criterion.levels.some((l) => l.value === score.level))
      errors[`rubric.${score.criterionKey}`] = 'Pick one of the levels.';
  }
  if (!given.size || [...given.values()].every((t) => !t)) errors.answers = 'Write at least one section.';
  return errors;
}

type ProtocolShape = {
  sections: ReadonlyArray<{ key: string; label: string }>;
  rubric: ReadonlyArray<{ key: string; label: string; levels: ReadonlyArray<{ value: number }> }>;
};

/**
 * Once feedback follows a protocol, its answers are stored by section key and its scores by criterion
 * key and level value. A change may still rename and reword anything, change what is required, reorder
 * sections and criteria and add new ones; it may not remove a section or a criterion, nor add, remove or
 * reorder the levels of an existing criterion (that would hide answers or change what scores mean).
 * Field keys follow the submitted input: `sections`, `rubric` and `rubric.<index>.levels`.
 */
export function inUseProtocolChangeErrors(current: ProtocolShape, next: ProtocolShape): FieldErrors {
  const errors: FieldErrors = {};
  const nextSections = new Set(next.sections.map((s) => s.key));
  const goneSections = current.sections.filter((s) => !nextSections.has(s.key));
  if (goneSections.length) {
    errors.sections =
      goneSections.length === 1
        ? `Feedback already uses the section ${quoted(goneSections)}, so it stays (you can rename it). Duplicate the protocol to change it.`
        : `Feedback already uses the sections ${quoted(goneSections)}, so they stay (you can rename them). Duplicate the protocol to change them.`;
  }
  const nextCriteria = new Set(next.rubric.map((c) => c.key));
  const goneCriteria = current.rubric.filter((c) => !nextCriteria.has(c.key));
  if (goneCriteria.length) {
    errors.rubric =
      goneCriteria.length === 1
        ? `Feedback already uses the criterion ${quoted(goneCriteria)}, so it stays (you can rename it). Duplicate the protocol to change it.`
        : `Feedback already uses the criteria ${quoted(goneCriteria)}, so they stay (you can rename them). Duplicate the protocol to change them.`;
  }
  next.rubric.forEach((criterion, index) => {
    const before = current.rubric.find((c) => c.key === criterion.key);
    if (!before) return;
    const same =
      before.levels.length === criterion.levels.length &&
      before.levels.every((level, i) => level.value === criterion.levels[i].value);
    if (!same) {
      errors[`rubric.${index}.levels`] =
        `Feedback already scores ${quoted([criterion])} on these ${before.levels.length} levels: rename or describe them, but keep their number and order. Duplicate the protocol to change them.`;
    }
  });
  return errors;
}

/** “Glow”, “Glow” and “Grow”, “A”, “B” and “C”. */
function quoted(rows: ReadonlyArray<{ label: string }>): string {
  const labels = rows.map((r) => `“${r.label}”`);
  return labels.length > 1 ? `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1]}` : labels[0];
}
