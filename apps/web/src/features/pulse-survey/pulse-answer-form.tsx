import { useMutation } from '@apollo/client/react';
import { PULSE_LIMITS, PULSE_SCALE_LABELS } from '@openhuddle/shared';
import { useState } from 'react';
import { NO_ERRORS, toFormErrors, type FormErrors } from '../../app/graphql-errors';
import {
  AnswerPulseDocument,
  PulsesToAnswerDocument,
  PulseSurveyResultsDocument,
  type PulseSurveyFieldsFragment,
} from '../../generated/graphql';
import { Button, FormErrorSummary, TextArea } from '../../ui';

/**
 * The pulse itself: one row of five radio buttons per statement (Tab moves between statements,
 * the arrow keys choose), an optional comment, one button. Under a minute, keyboard alone.
 */
export function PulseAnswerForm({ survey, roundId }: { survey: PulseSurveyFieldsFragment; roundId: string }) {
  const [scores, setScores] = useState<(number | null)[]>(() => survey.questions.map(() => null));
  const [comment, setComment] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  // The survey updates from the mutation's result; the results are aggregates the client cannot
  // compute from one answer, so they (and the home page's list) are read again.
  const [answer, { loading }] = useMutation(AnswerPulseDocument, {
    refetchQueries: [{ query: PulseSurveyResultsDocument, variables: { surveyId: survey.id } }, PulsesToAnswerDocument],
  });

  const submit = async () => {
    const missing = scores.findIndex((s) => s === null);
    if (missing >= 0) {
      setErrors({
        summary: `Choose an answer for statement ${missing + 1}.`,
        fields: { scores: 'Answer every statement.' },
        code: null,
      });
      return;
    }
    setErrors(NO_ERRORS);
    try {
      await answer({ variables: { input: { roundId, scores: scores as number[], comment: comment.trim() || null } } });
    } catch (e) {
      setErrors(toFormErrors(e, ['scores', 'comment', 'roundId']));
    }
  };

  return (
    <form
      className="form pulse-answer"
      noValidate
      aria-label={`Answer: ${survey.title}`}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <FormErrorSummary errors={errors} />
      <p className="meta">Anonymous: nobody, not even a facilitator, can see what you answered.</p>
      {survey.questions.map((question, qi) => (
        <fieldset key={qi} className="fieldset pulse-question">
          <legend className="fieldset-legend">
            {qi + 1}. {question}
          </legend>
          <div className="pulse-scale">
            {PULSE_SCALE_LABELS.slice(0, PULSE_LIMITS.scaleMax).map((label, si) => (
              <label key={label} className="pulse-choice">
                <input
                  type="radio"
                  name={`pulse-q${qi}`}
                  value={si + 1}
                  checked={scores[qi] === si + 1}
                  onChange={() => setScores((s) => s.map((v, i) => (i === qi ? si + 1 : v)))}
                />
                <span>{label}</span>
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      <TextArea
        label={survey.commentPrompt}
        hint="Optional. Shown without your name, and only once 5 people have answered."
        rows={3}
        maxLength={PULSE_LIMITS.commentMax}
        value={comment}
        error={errors.fields.comment}
        onChange={(e) => setComment(e.target.value)}
      />
      <div className="form-actions">
        <Button type="submit" busy={loading}>
          Send my answers
        </Button>
      </div>
    </form>
  );
}
