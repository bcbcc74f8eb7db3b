import { contributionAnchor } from '@openhuddle/shared';
import { useMutation } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { NO_ERRORS, toFormErrors, type FormErrors } from '../../app/graphql-errors';
import {
  DeleteContributionDocument,
  PromptDocument,
  SpotlightContributionDocument,
  type ContributionFieldsFragment,
  type ContributionKind,
} from '../../generated/graphql';
import { Alert, Avatar, Badge, Button } from '../../ui';
import { FeedbackForm, type Protocol } from '../feedback/feedback-form';
import { FeedbackItem } from '../feedback/feedback-item';
import { useShowMoreFeedback } from '../feedback/use-show-more-feedback';
import { ReportButton } from '../moderation/report-dialog';
import { KIND_LABELS } from '../prompt/prompt-words';
import { AttachmentList } from './attachment-list';
import { CommentThread } from './comments';
import { Reactions } from './reactions';
import { Markdown } from './markdown';
import { ReviseForm } from './revise-form';
import { formatDateTime } from '../../lib/format-date';
import { plural } from '../../lib/plural';

interface ContributionCardProps {
  contribution: ContributionFieldsFragment;
  protocol: Protocol;
  acceptedKinds: ContributionKind[];
  /**
   * @deprecated Not read: what the viewer may do comes from `contribution.viewerCan` (the API's
   * policies). Kept so callers compile until they stop passing it.
   */
  facilitate?: boolean;
  /** @deprecated Not read; see `facilitate`. */
  canPost?: boolean;
  timeZone?: string;
  /** Lets the author add or remove files when revising. */
  organizationId?: string;
}

export function authorName(contribution: ContributionFieldsFragment): string {
  if (contribution.isMine) return 'You';
  return contribution.author?.displayName ?? 'Anonymous member';
}

/** A published contribution with its feedback, discussion and history. */
export function ContributionCard({
  contribution,
  protocol,
  acceptedKinds,
  timeZone,
  organizationId,
}: ContributionCardProps) {
  const [mode, setMode] = useState<'read' | 'revise' | 'feedback'>('read');
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<FormErrors>(NO_ERRORS);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const refetch = { refetchQueries: [{ query: PromptDocument, variables: { id: contribution.promptId } }] };
  const [spotlight, { loading: spotlighting }] = useMutation(SpotlightContributionDocument);
  const [remove, { loading: removing }] = useMutation(DeleteContributionDocument, {
    ...refetch,
    awaitRefetchQueries: true,
  });
  const name = authorName(contribution);
  const displayName = contribution.author?.displayName ?? 'Anonymous member';
  const myFeedback = contribution.viewerFeedback ?? null;
  const feedback = contribution.feedbackPage;
  const moreFeedback = useShowMoreFeedback(contribution.id, feedback);
  const can = contribution.viewerCan;
  const headingId = `contribution-${contribution.id}-title`;
  const run = async (action: () => Promise<unknown>) => {
    setError(NO_ERRORS);
    try {
      await action();
    } catch (e) {
      setError(toFormErrors(e));
    }
  };

  return (
    <article
      id={contributionAnchor(contribution.id)}
      tabIndex={-1}
      className={contribution.spotlighted ? 'card contribution contribution-spotlighted' : 'card contribution'}
      aria-labelledby={headingId}
    >
      <header className="contribution-head">
        <Avatar name={displayName} url={contribution.author?.avatarUrl} />
        <div className="contribution-who">
          <h3 id={headingId} className="contribution-author">
            {name}
            {contribution.isMine && contribution.author && (
              <span className="member-you"> ({contribution.author.displayName})</span>
            )}
            {contribution.authorIsGuest && (
              <>
                {' '}
                <Badge tone="neutral">Guest</Badge>
              </>
            )}
          </h3>
          <p className="meta">
            {contribution.publishedAt && (
              <time dateTime={contribution.publishedAt}>{formatDateTime(contribution.publishedAt, timeZone)}</time>
            )}
            {contribution.revisions.length > 0 && ` · revised ${plural(contribution.revisions.length, 'time')}`}
            {contribution.isAnonymous && (contribution.isMine || contribution.author) && ' · anonymous to peers'}
          </p>
        </div>
        <div className="contribution-badges">
          <ReviewMarker contribution={contribution} timeZone={timeZone} />
          {contribution.spotlighted && <Badge tone="warning">★ Spotlight</Badge>}
          <Badge tone="accent">{KIND_LABELS[contribution.kind]}</Badge>
        </div>
      </header>

      {mode === 'revise' ? (
        <ReviseForm
          contribution={contribution}
          acceptedKinds={acceptedKinds}
          organizationId={organizationId}
          onDone={() => setMode('read')}
        />
      ) : (
        <>
          {contribution.body && <Markdown headingLevel={4}>{contribution.body}</Markdown>}
          {contribution.links.length > 0 && (
            <ul className="contribution-links" aria-label="Links">
              {contribution.links.map((link, i) => (
                <li key={i}>
                  <a href={link.url} target="_blank" rel="noopener noreferrer nofollow ugc">
                    {link.title || link.url}
                    <span className="visually-hidden"> (opens in a new tab)</span>
                  </a>
                </li>
              ))}
            </ul>
          )}
          <AttachmentList attachments={contribution.attachments} />
        </>
      )}

      {mode !== 'revise' && <Reactions contribution={contribution} />}

      {notice && mode === 'read' && notice.startsWith('Revision') && <FocusedNotice>{notice}</FocusedNotice>}
      {(can.edit || can.spotlight || can.delete || can.report) && mode !== 'revise' && (
        <div className="contribution-actions">
          {can.edit && (
            <Button variant="secondary" size="sm" onClick={() => setMode('revise')}>
              Revise
            </Button>
          )}
          {can.spotlight && (
            <Button
              variant="ghost"
              size="sm"
              aria-pressed={contribution.spotlighted}
              busy={spotlighting}
              onClick={() =>
                run(() =>
                  spotlight({
                    variables: { input: { contributionId: contribution.id, spotlight: !contribution.spotlighted } },
                  }),
                )
              }
            >
              {contribution.spotlighted ? 'Remove spotlight' : 'Spotlight'}
            </Button>
          )}
          {!can.delete ? null : confirmDelete ? (
            <span className="confirm" role="group" aria-label="Confirm deletion">
              <Button
                variant="danger"
                size="sm"
                busy={removing}
                onClick={() => run(() => remove({ variables: { id: contribution.id } }))}
              >
                Delete for everyone
              </Button>
              <Button variant="ghost" size="sm" onClick={() => setConfirmDelete(false)}>
                Keep it
              </Button>
            </span>
          ) : (
            <Button variant="ghost" size="sm" onClick={() => setConfirmDelete(true)}>
              Delete
            </Button>
          )}
          {can.report && <ReportButton subjectType="CONTRIBUTION" subjectId={contribution.id} authorName={name} />}
        </div>
      )}
      {error.summary && <Alert tone="danger">{error.summary}</Alert>}

      {contribution.revisions.length > 0 && (
        <details className="revisions">
          <summary>Earlier versions ({contribution.revisions.length})</summary>
          <ol className="revision-list">
            {contribution.revisions.map((r) => {
              const answered = r.answersFeedbackId ? feedback.nodes.find((f) => f.id === r.answersFeedbackId) : null;
              return (
                <li key={r.version} className="revision">
                  <p className="meta">
                    Version {r.version} · {KIND_LABELS[r.kind]} · replaced {formatDateTime(r.createdAt, timeZone)}
                    {r.editedBy && ` by ${r.editedBy.displayName}`}
                    {answered && ` · the change answered feedback from ${answered.author.displayName}`}
                  </p>
                  <Markdown headingLevel={5}>{r.body || '_(empty)_'}</Markdown>
                </li>
              );
            })}
          </ol>
        </details>
      )}

      <div className="contribution-feedback">
        <h4 className="subheading">
          Feedback <span className="count">({feedback.totalCount})</span>
        </h4>
        {feedback.totalCount === 0 && mode !== 'feedback' && (
          <p className="meta">
            {contribution.isMine ? 'No feedback yet. It appears here when peers respond.' : 'No feedback yet.'}
          </p>
        )}
        {feedback.nodes.map((f) => (
          <FeedbackItem
            key={f.id}
            feedback={f}
            contribution={contribution}
            canComment={f.viewerCan.reply}
            timeZone={timeZone}
          />
        ))}
        {feedback.pageInfo.hasNextPage && (
          <div>
            <Button variant="secondary" busy={moreFeedback.loading} onClick={() => void moreFeedback.showMore()}>
              Show more feedback ({feedback.totalCount - feedback.nodes.length} more)
            </Button>
          </div>
        )}
        {notice && mode === 'read' && notice.startsWith('Feedback') && <FocusedNotice>{notice}</FocusedNotice>}
        {can.giveFeedback &&
          (mode === 'feedback' ? (
            <FeedbackForm
              protocol={protocol}
              contributionId={contribution.id}
              promptId={contribution.promptId}
              mine={myFeedback}
              recipient={contribution.author?.displayName ?? 'an anonymous member'}
              review={{
                assignedHere: !!contribution.viewerReviewAssignment && !contribution.viewerReviewAssignment.completedAt,
                elsewhere: contribution.viewerOpenReviewsElsewhere,
              }}
              onDone={() => setMode('read')}
              onSent={() => {
                setMode('read');
                setNotice('Feedback sent. Thank you!');
              }}
            />
          ) : (
            <div>
              <Button
                variant="secondary"
                size="sm"
                aria-label={`${myFeedback ? 'Revise your feedback' : 'Give feedback'} to ${displayName}`}
                onClick={() => {
                  setNotice(null);
                  setMode('feedback');
                }}
              >
                {myFeedback ? 'Revise your feedback' : 'Give feedback'}
              </Button>
            </div>
          ))}
      </div>

      <div className="contribution-discussion">
        <CommentThread
          contribution={contribution}
          feedbackId={null}
          canComment={can.comment}
          label={`Discussion of ${name === 'You' ? 'your' : `${name}'s`} contribution`}
        />
      </div>
    </article>
  );
}

/** "You are reviewing this": the viewer's assigned review, as the API reports it (never worked out here). */
function ReviewMarker({ contribution, timeZone }: { contribution: ContributionFieldsFragment; timeZone?: string }) {
  const assignment = contribution.viewerReviewAssignment;
  if (!assignment) return null;
  if (assignment.completedAt) return <Badge tone="success">✓ You reviewed this</Badge>;
  return (
    <Badge tone="info">
      You are reviewing this{assignment.dueAt && ` · due ${formatDateTime(assignment.dueAt, timeZone)}`}
    </Badge>
  );
}

/** A success message that takes focus, so keyboard and screen-reader users learn the outcome where they are. */
function FocusedNotice({ children }: { children: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <Alert ref={ref} tone="success">
      {children}
    </Alert>
  );
}
