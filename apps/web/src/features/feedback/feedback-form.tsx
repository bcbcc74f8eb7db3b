import { useMutation } from '@apollo/client/react';
import { contributionAnchor, LEARNING_LIMITS } from '@openhuddle/shared';
import { useId, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { NO_ERRORS, toFormErrors, type FormErrors } from '../../app/graphql-errors';
import {
  GiveFeedbackDocument,
  PromptDocument,
  type FeedbackFieldsFragment,
  type PromptQuery,
} from '../../generated/graphql';
import { Alert, Button, FormErrorSummary, TextArea } from '../../ui';

export type Protocol = PromptQuery['prompt']['protocol'];
type Feedback = FeedbackFieldsFragment;

interface FeedbackFormProps {
  protocol: Protocol;
  contributionId: string;
  promptId: string;
  /** The viewer's earlier feedback on this contribution: the form revises it. */
  mine: Feedback | null;
  /** Who the feedback is for, as shown on the contribution ("Luis Hernández", "Anonymous member"). */
  recipient: string;
  /**
   * The viewer's assigned reviews on this prompt, from the API: whether this feedback completes the
   * one on this contribution, or which others it does not count for.
   */
  review?: { assignedHere: boolean; elsewhere: readonly string[] };
  /** Cancel. */
  onDone: () => void;
  onSent: () => void;
}

/**
 * A sentence starter left untouched is not feedback: lines that hold only a starter (as inserted,
 * with or without its trailing "…") are dropped before sending, so "I like how… " never arrives
 * as someone's feedback. A starter followed by words stays.
 */
export function withoutBareStems(text: string, stems: readonly string[]): string {
  const bare = new Set(stems.map((s) => normalizeStem(s)));
  return text
    .split('\n')
    .filter((line) => !bare.has(normalizeStem(line)))
    .join('\n')
    .trim();
}

const normalizeStem = (s: string) =>
  s
    .trim()
    .replace(/(…|\.\.\.)$/, '')
    .trim()
    .toLowerCase();

/** Feedback that follows the prompt's protocol: one field per section, stems to start from, rubric levels. */
export function FeedbackForm({
  protocol,
  contributionId,
  promptId,
  mine,
  recipient,
  review,
  onDone,
  onSent,
}: FeedbackFormProps) {
  const [answers, setAnswers] = useState<Record<string, string>>(() =>
    Object.fromEntries(
      protocol.sections.map((s) => [s.key, mine?.answers.find((a) => a.sectionKey === s.key)?.text ?? '']),
    ),
  );
  const [rubric, setRubric] = useState<Record<string, number | undefined>>(() =>
    Object.fromEntries(protocol.rubric.map((c) => [c.key, mine?.rubric.find((r) => r.criterionKey === c.key)?.level])),
  );
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const fields = useRef<Record<string, HTMLTextAreaElement | null>>({});
  const headingId = useId();
  const [give, { loading }] = useMutation(GiveFeedbackDocument, {
    refetchQueries: [{ query: PromptDocument, variables: { id: promptId } }],
    awaitRefetchQueries: true,
  });
  const knownFields = [
    ...protocol.sections.map((s) => `answers.${s.key}`),
    ...protocol.rubric.map((c) => `rubric.${c.key}`),
  ];

  /** Puts a sentence stem where the cursor is (or on a new line at the end) and keeps typing there. */
  const insertStem = (key: string, stem: string) => {
    const el = fields.current[key];
    const text = answers[key] ?? '';
    const start = el && document.activeElement === el ? el.selectionStart : text.length;
    const end = el && document.activeElement === el ? el.selectionEnd : text.length;
    const before = text.slice(0, start);
    const glue = before && !/\s$/.test(before) ? (before.endsWith('\n') ? '' : '\n') : '';
    const insert = `${glue}${stem} `;
    const next = before + insert + text.slice(end);
    // Commit the text now, so focus and caret land in it before the next keystroke.
    flushSync(() => setAnswers((a) => ({ ...a, [key]: next })));
    const caret = before.length + insert.length;
    el?.focus();
    el?.setSelectionRange(caret, caret);
  };

  return (
    <form
      className="form feedback-form"
      noValidate
      aria-labelledby={headingId}
      onSubmit={async (e) => {
        e.preventDefault();
        setErrors(NO_ERRORS);
        try {
          await give({
            variables: {
              input: {
                contributionId,
                answers: protocol.sections.map((s) => ({
                  sectionKey: s.key,
                  text: withoutBareStems(answers[s.key] ?? '', s.sentenceStems),
                })),
                rubric: protocol.rubric.flatMap((c) =>
                  rubric[c.key] === undefined ? [] : [{ criterionKey: c.key, level: rubric[c.key]! }],
                ),
              },
            },
          });
          onSent();
        } catch (error) {
          const mapped = toFormErrors(error, [...knownFields, 'answers']);
          // "Write at least one section" belongs to the whole form: show it in the summary.
          const { answers: whole, ...rest } = mapped.fields;
          setErrors(
            whole ? { ...mapped, fields: rest, summary: [whole, mapped.summary].filter(Boolean).join(' ') } : mapped,
          );
        }
      }}
    >
      <div>
        <h4 id={headingId} className="feedback-form-title">
          {mine ? 'Revise your feedback' : 'Give feedback'} to {recipient}
        </h4>
        <p className="meta">
          {protocol.name}: {protocol.description}
        </p>
      </div>
      <ReviewNotice review={review} />
      {protocol.sections.map((section, i) => (
        <TextArea
          key={section.key}
          // Opening the form takes the person straight to the first section.
          autoFocus={i === 0}
          ref={(el) => {
            fields.current[section.key] = el;
          }}
          label={
            <>
              {section.label} <span className="required">{section.required ? '(required)' : '(optional)'}</span>
            </>
          }
          description={section.guidingQuestion}
          toolbar={
            section.sentenceStems.length > 0 && (
              <div className="stems" role="group" aria-label={`Sentence starters for ${section.label}`}>
                {section.sentenceStems.map((stem) => (
                  <button key={stem} type="button" className="stem-chip" onClick={() => insertStem(section.key, stem)}>
                    {stem}
                  </button>
                ))}
              </div>
            )
          }
          rows={3}
          maxLength={LEARNING_LIMITS.feedbackAnswerMax}
          name={`answers.${section.key}`}
          value={answers[section.key] ?? ''}
          error={errors.fields[`answers.${section.key}`]}
          onChange={(e) => setAnswers((a) => ({ ...a, [section.key]: e.target.value }))}
        />
      ))}
      {protocol.rubric.map((criterion) => {
        const error = errors.fields[`rubric.${criterion.key}`];
        return (
          <fieldset key={criterion.key} className="fieldset rubric" aria-invalid={error ? true : undefined}>
            <legend className="field-label">
              {criterion.label} <span className="required">(optional)</span>
            </legend>
            <div className="rubric-levels">
              {criterion.levels.map((level) => (
                <label key={level.value} className="rubric-level">
                  <input
                    type="radio"
                    name={`${contributionId}-rubric-${criterion.key}`}
                    value={level.value}
                    checked={rubric[criterion.key] === level.value}
                    onChange={() => setRubric((r) => ({ ...r, [criterion.key]: level.value }))}
                  />
                  <span>
                    <span className="rubric-level-label">{level.label}</span>
                    {level.descriptor && <span className="rubric-level-descriptor">{level.descriptor}</span>}
                  </span>
                </label>
              ))}
            </div>
            {rubric[criterion.key] !== undefined && (
              <Button
                variant="ghost"
                size="sm"
                onClick={() => setRubric((r) => ({ ...r, [criterion.key]: undefined }))}
              >
                Clear {criterion.label}
              </Button>
            )}
            {error && (
              <p className="field-error">
                <span aria-hidden="true">⚠ </span>
                {error}
              </p>
            )}
          </fieldset>
        );
      })}
      <FormErrorSummary errors={errors} />
      <div className="form-actions">
        <Button type="submit" busy={loading}>
          {mine ? 'Save feedback' : 'Send feedback'}
        </Button>
        <Button variant="ghost" onClick={onDone}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

/** Said before sending: whether this feedback completes the viewer's assigned review or not. */
function ReviewNotice({ review }: { review?: FeedbackFormProps['review'] }) {
  if (review?.assignedHere) {
    return <p className="meta">This is your assigned review: sending it completes it.</p>;
  }
  if (!review?.elsewhere.length) return null;
  return (
    <Alert tone="warning" title="This does not count as your assigned review">
      Your assigned review on this prompt is on another contribution; feedback here is welcome but leaves that one owed.{' '}
      <a href={`#${contributionAnchor(review.elsewhere[0]!)}`}>Go to the contribution you are reviewing</a>
    </Alert>
  );
}
