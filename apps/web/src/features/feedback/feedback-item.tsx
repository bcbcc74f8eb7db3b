import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { NO_ERRORS, toFormErrors, type FormErrors } from '../../app/graphql-errors';
import {
  MarkFeedbackHelpfulDocument,
  type ContributionFieldsFragment,
  type FeedbackFieldsFragment,
} from '../../generated/graphql';
import { Avatar, Badge, Button } from '../../ui';
import { CommentThread } from '../contribution/comments';
import { ReportButton } from '../moderation/report-dialog';
import { formatDateTime } from '../../lib/format-date';

type Feedback = FeedbackFieldsFragment;

/** The element id of a feedback item (focus lands there after "Show more feedback"). */
export const feedbackAnchor = (id: string) => `feedback-${id}`;

interface FeedbackItemProps {
  feedback: Feedback;
  contribution: ContributionFieldsFragment;
  canComment: boolean;
  timeZone?: string;
}

/** One person's structured feedback: each section's answer, rubric levels, "helpful", and its replies. */
export function FeedbackItem({ feedback, contribution, canComment, timeZone }: FeedbackItemProps) {
  const [toggle, { loading }] = useMutation(MarkFeedbackHelpfulDocument);
  const [error, setError] = useState<FormErrors>(NO_ERRORS);
  const name = feedback.author.displayName;
  return (
    <article id={feedbackAnchor(feedback.id)} tabIndex={-1} className="feedback" aria-label={`Feedback from ${name}`}>
      <header className="feedback-head">
        <Avatar name={name} url={feedback.author.avatarUrl} size="sm" />
        <span className="feedback-author">
          {name}
          {feedback.isMine && <span className="member-you"> (you)</span>}
        </span>
        <time className="meta" dateTime={feedback.createdAt}>
          {formatDateTime(feedback.createdAt, timeZone)}
        </time>
        {feedback.helpful && !contribution.isMine && <Badge tone="success">Helpful to the author</Badge>}
      </header>
      <dl className="feedback-answers">
        {feedback.answers.map((a) => (
          <div key={a.sectionKey} className="feedback-answer">
            <dt>{a.label}</dt>
            <dd>{a.text}</dd>
          </div>
        ))}
        {feedback.rubric.map((r) => (
          <div key={r.criterionKey} className="feedback-answer">
            <dt>{r.label}</dt>
            <dd>
              <Badge tone="info">{r.levelLabel}</Badge>
            </dd>
          </div>
        ))}
      </dl>
      {contribution.isMine && (
        <div className="feedback-actions">
          <Button
            variant={feedback.helpful ? 'primary' : 'secondary'}
            size="sm"
            aria-pressed={feedback.helpful}
            busy={loading}
            onClick={async () => {
              setError(NO_ERRORS);
              try {
                await toggle({ variables: { input: { feedbackId: feedback.id, helpful: !feedback.helpful } } });
              } catch (e) {
                setError(toFormErrors(e));
              }
            }}
          >
            {feedback.helpful ? '✓ Helpful' : 'Mark helpful'}
          </Button>
          {error.summary && <p className="field-error">{error.summary}</p>}
        </div>
      )}
      {feedback.viewerCan.report && (
        <div className="feedback-actions">
          <ReportButton subjectType="FEEDBACK" subjectId={feedback.id} authorName={name} />
        </div>
      )}
      <CommentThread
        contribution={contribution}
        feedbackId={feedback.id}
        canComment={canComment}
        label={`Replies to ${name}'s feedback`}
      />
    </article>
  );
}
