import { routes } from '@openhuddle/shared';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useViewer } from '../../app/session';
import { useDocumentTitle } from '../../app/use-document-title';
import {
  CohortsDocument,
  ContributionPromptDocument,
  MyQueueDocument,
  type MyQueueQuery,
} from '../../generated/graphql';
import { Avatar, Badge, EmptyState, Loading, PageHeader, Section, LoadErrorAlert } from '../../ui';
import { useOrganization } from '../organization/organization-layout';
import { formatDateTime } from '../../lib/format-date';
import { plural } from '../../lib/plural';
import '../cohort/learning.css';

type UnreadFeedback = MyQueueQuery['myQueue']['unreadFeedback'][number];
type OwedReview = MyQueueQuery['myQueue']['reviewsOwed'][number];

/** Whose contribution a review is for, as far as the API lets the viewer know (anonymity, locked reviews). */
export function reviewSubject(review: OwedReview): string {
  if (review.contributionAuthor) return `${review.contributionAuthor.displayName}’s contribution`;
  if (review.contributionIsAnonymous) return 'an anonymous member’s contribution';
  return 'a peer’s contribution';
}

/** What is waiting for the viewer: reviews they owe, and feedback they have not read. */
export function QueuePage() {
  const organization = useOrganization();
  const { viewer } = useViewer();
  useDocumentTitle('My queue', organization.name);
  const { data, loading, error } = useQuery(MyQueueDocument, {
    variables: { organizationId: organization.id },
    fetchPolicy: 'cache-and-network',
  });
  const queue = data?.myQueue;
  const timeZone = viewer?.timeZone;
  const { data: cohortData } = useQuery(CohortsDocument, {
    variables: { organizationId: organization.id },
    fetchPolicy: 'cache-and-network',
  });
  // Open prompts the viewer has not answered yet, soonest due first.
  const toPost = (cohortData?.cohorts ?? [])
    .flatMap((c) =>
      c.prompts.filter((p) => c.viewerOwes.promptIds.includes(p.id)).map((p) => ({ ...p, cohortName: c.name })),
    )
    .sort(
      (a, b) => (a.dueAt ? new Date(a.dueAt).getTime() : Infinity) - (b.dueAt ? new Date(b.dueAt).getTime() : Infinity),
    );

  return (
    <div className="page">
      <PageHeader
        eyebrow={organization.name}
        title="My queue"
        description="What is waiting for you across your cohorts: prompts to answer, feedback to give, feedback to read."
      />
      {loading && !queue ? (
        <Loading />
      ) : !queue ? (
        <LoadErrorAlert what="your queue">{error ? undefined : null}</LoadErrorAlert>
      ) : (
        <div className="stack">
          {toPost.length > 0 && (
            <Section title="Your turn to post" description="Open prompts you have not answered yet.">
              <ul className="queue-list">
                {toPost.map((p) => (
                  <li key={p.id} className="queue-item">
                    <div className="queue-item-main">
                      <Link to={routes.prompt(organization.id, p.id)} className="queue-title">
                        {p.title}
                      </Link>
                      <p className="meta">
                        {p.cohortName} · {p.dueAt ? `due ${formatDateTime(p.dueAt, timeZone)}` : 'no due date'}
                      </p>
                    </div>
                    {p.dueAt && new Date(p.dueAt) < new Date() && <Badge tone="warning">Overdue</Badge>}
                  </li>
                ))}
              </ul>
            </Section>
          )}
          <div className="layout-split">
            <Section
              title="Reviews you owe"
              description={
                queue.reviewsOwed.length
                  ? `${plural(queue.reviewsOwed.length, 'review')}, soonest due first.`
                  : undefined
              }
            >
              {queue.reviewsOwed.length === 0 ? (
                <EmptyState title="You are all caught up">No one is waiting for your feedback right now.</EmptyState>
              ) : (
                <ul className="queue-list">
                  {queue.reviewsOwed.map((r) => (
                    <OwedReviewItem key={r.id} review={r} organizationId={organization.id} timeZone={timeZone} />
                  ))}
                </ul>
              )}
            </Section>
            <Section
              title="New feedback for you"
              description={queue.unreadFeedback.length ? 'Opening the prompt marks it read.' : undefined}
            >
              {queue.unreadFeedback.length === 0 ? (
                <EmptyState title="Nothing new">
                  Feedback on your contributions shows up here until you read it.
                </EmptyState>
              ) : (
                <ul className="queue-list">
                  {queue.unreadFeedback.map((f) => (
                    <UnreadFeedbackItem key={f.id} feedback={f} organizationId={organization.id} timeZone={timeZone} />
                  ))}
                </ul>
              )}
            </Section>
          </div>
        </div>
      )}
    </div>
  );
}

/**
 * A review the viewer owes: open ones link straight to the contribution (its card says "You are
 * reviewing this"); locked ones say what opens them, and POST_FIRST ones send the viewer to post first.
 */
function OwedReviewItem({
  review: r,
  organizationId,
  timeZone,
}: {
  review: OwedReview;
  organizationId: string;
  timeZone?: string;
}) {
  const subject = reviewSubject(r);
  return (
    <li className="queue-item">
      <div className="queue-item-main">
        {r.locked ? (
          // Locked by the prompt's reveal rule: the API would refuse to open it yet.
          <span className="queue-title">
            Review {subject} to “{r.promptTitle}” (locked)
          </span>
        ) : (
          <Link to={routes.contribution(organizationId, r.promptId, r.contributionId)} className="queue-title">
            Give feedback on {subject} to “{r.promptTitle}”
          </Link>
        )}
        <p className="meta">{r.dueAt ? `Due ${formatDateTime(r.dueAt, timeZone)}` : 'No due date'}</p>
        {r.locked &&
          (r.unlocksByPosting ? (
            // The sentence itself leads to the prompt's composer: posting is what opens the review.
            <p className="meta">
              <Link to={routes.promptCompose(organizationId, r.promptId)}>{r.unlocksWhen}</Link>
            </p>
          ) : (
            <p className="meta">
              {r.unlocksWhen}
              {r.unlocksAt && ` (${formatDateTime(r.unlocksAt, timeZone)})`}{' '}
              <Link to={routes.prompt(organizationId, r.promptId)}>Go to the prompt</Link>
            </p>
          ))}
      </div>
      {r.locked && <Badge tone="info">Locked</Badge>}
      {r.dueAt && new Date(r.dueAt) < new Date() && <Badge tone="warning">Overdue</Badge>}
    </li>
  );
}

function UnreadFeedbackItem({
  feedback,
  organizationId,
  timeZone,
}: {
  feedback: UnreadFeedback;
  organizationId: string;
  timeZone?: string;
}) {
  // The queue names the contribution only; its prompt is one small query away.
  const { data } = useQuery(ContributionPromptDocument, { variables: { id: feedback.contributionId } });
  const promptId = data?.contribution.promptId;
  const first = feedback.answers.find((a) => a.text.trim());
  const title = `${feedback.author.displayName} gave you feedback`;
  return (
    <li className="queue-item">
      <Avatar name={feedback.author.displayName} url={feedback.author.avatarUrl} size="sm" />
      <div className="queue-item-main">
        {promptId ? (
          <Link to={routes.contribution(organizationId, promptId, feedback.contributionId)} className="queue-title">
            {title}
          </Link>
        ) : (
          <p className="queue-title">{title}</p>
        )}
        {first && (
          <p className="queue-excerpt">
            <strong>{first.label}:</strong> {first.text.length > 160 ? `${first.text.slice(0, 160)}…` : first.text}
          </p>
        )}
        <p className="meta">{formatDateTime(feedback.createdAt, timeZone)}</p>
      </div>
    </li>
  );
}
