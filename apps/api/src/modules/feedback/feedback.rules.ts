import type { FieldErrors } from '../../common/errors/app-error';
import type { FeedbackProtocolEntity } from '../feedback-protocol/feedback-protocol.entity';

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
