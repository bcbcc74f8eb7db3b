import type { FieldErrors } from '../../common/errors/app-error';

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
      before.levels.every((level, i) => level.value === criterion.levels[i]?.value);
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
  return labels.length > 1 ? `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}` : (labels[0] ?? '');
}
