import { useState, type FormEvent } from 'react';
import { toFormErrors, NO_ERRORS, type FormErrors } from '../../app/graphql-errors';
import {
  ReviewLearningGoalDocument,
  SubmitLearningGoalDocument,
  type LearningGoalDecision,
  type LearningGoalFieldsFragment,
} from '../../generated/graphql';
import { Button, FormErrorSummary, Section, TextArea } from '../../ui';
import { useGoalMutation } from './use-goal-mutation';

/** Co-construction: the member submits to the coach; the coach approves or asks for changes. */
export function GoalReview({ organizationId, goal }: { organizationId: string; goal: LearningGoalFieldsFragment }) {
  const ref = { organizationId, goalId: goal.id };
  const [submitGoal, { loading: submitting }] = useGoalMutation(SubmitLearningGoalDocument, organizationId, goal.id);
  const [review] = useGoalMutation(ReviewLearningGoalDocument, organizationId, goal.id);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState<LearningGoalDecision | null>(null);

  if (goal.viewerCan.submit) {
    return (
      <Section title="Ready for your coach?" description="Submitting sends the goal to your coach for their review.">
        <form
          className="stack"
          onSubmit={async (event: FormEvent) => {
            event.preventDefault();
            setErrors(NO_ERRORS);
            try {
              await submitGoal({ variables: { input: { ...ref, comment: comment.trim() } } });
              setComment('');
            } catch (e) {
              setErrors(toFormErrors(e, ['comment', 'coachId']));
            }
          }}
        >
          <FormErrorSummary errors={errors} />
          <TextArea
            label="Note to your coach (optional)"
            name="comment"
            value={comment}
            rows={2}
            onChange={(e) => setComment(e.target.value)}
            error={errors.fields.comment}
          />
          <div>
            <Button type="submit" busy={submitting}>
              Submit to coach
            </Button>
          </div>
        </form>
      </Section>
    );
  }
  if (!goal.viewerCan.review) return null;

  const decide = async (decision: LearningGoalDecision) => {
    setErrors(NO_ERRORS);
    setBusy(decision);
    try {
      await review({ variables: { input: { ...ref, decision, comment: comment.trim() } } });
      setComment('');
    } catch (e) {
      setErrors(toFormErrors(e, ['comment']));
    } finally {
      setBusy(null);
    }
  };
  return (
    <Section title="Review this goal" description="Approve it, or say what to change: the member sees your words.">
      <form className="stack" onSubmit={(e) => e.preventDefault()}>
        <FormErrorSummary errors={errors} />
        <TextArea
          label="Your comment"
          name="comment"
          value={comment}
          rows={3}
          onChange={(e) => setComment(e.target.value)}
          error={errors.fields.comment}
        />
        <div className="plan-form-actions">
          <Button busy={busy === 'APPROVE'} onClick={() => void decide('APPROVE')}>
            Approve
          </Button>
          <Button variant="secondary" busy={busy === 'REQUEST_CHANGES'} onClick={() => void decide('REQUEST_CHANGES')}>
            Request changes
          </Button>
        </div>
      </form>
    </Section>
  );
}
