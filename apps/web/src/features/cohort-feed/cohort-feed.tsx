import { useMutation, useQuery } from '@apollo/client/react';
import { routes } from '@openhuddle/shared';
import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { useViewer } from '../../app/session';
import { useLoadMore } from '../../app/use-load-more';
import {
  CohortFeedDocument,
  type CohortFeedItemFieldsFragment,
  MarkCohortFeedSeenDocument,
} from '../../generated/graphql';
import { formatDateTime } from '../../lib/format-date';
import { Badge, Button, EmptyState, Loading, LoadErrorAlert, Section } from '../../ui';
import { useCohortActivity } from '../prompt/use-cohort-activity';
import { excerpt, feedHeadline } from './feed-words';
import './cohort-feed.css';

export const FEED_PAGE_SIZE = 20;

/**
 * "What's new" in a cohort: peers' contributions, feedback on the viewer's, replies and huddle
 * outcomes, newest first, a page at a time; what happens while it is open arrives at the top.
 */
export function CohortFeed({ cohortId, organizationId }: { cohortId: string; organizationId: string }) {
  const { viewer } = useViewer();
  const variables = { cohortId, first: FEED_PAGE_SIZE };
  const { data, loading, error, fetchMore, refetch } = useQuery(CohortFeedDocument, {
    variables,
    fetchPolicy: 'cache-and-network',
  });
  const [markSeen] = useMutation(MarkCohortFeedSeenDocument);
  // The index of the first item of a page just asked for: focus goes there once it is on screen.
  const focusAt = useRef<number | null>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const feed = data?.cohortFeed;
  const { loadMore, loadingMore } = useLoadMore('cohortFeed', feed, fetchMore);

  // Leaving the page (or the tab closing) marks the feed seen: the next visit counts from here,
  // while this one keeps its "New" markers, live additions included.
  useEffect(() => {
    const leave = () => void markSeen({ variables: { cohortId } }).catch(() => undefined);
    window.addEventListener('pagehide', leave);
    return () => {
      window.removeEventListener('pagehide', leave);
      leave();
    };
  }, [markSeen, cohortId]);

  // Real-time: the newest page again; the cache's field policy puts what is new on top of the pages shown.
  const latest = () => void refetch().catch(() => undefined);
  useCohortActivity(feed ? cohortId : undefined, latest, latest);

  useEffect(() => {
    const index = focusAt.current;
    const item = index === null ? undefined : listRef.current?.querySelectorAll<HTMLElement>('[data-feed-id]')[index];
    if (!item) return;
    focusAt.current = null;
    item.focus();
  }, [feed]);

  // Keyboard focus moves to the first item just loaded, not back to the top.
  const showMore = () => {
    focusAt.current = feed?.nodes.length ?? null;
    void loadMore();
  };

  const newCount = feed?.newCount ?? 0;
  return (
    <Section
      title="What’s new"
      description={
        newCount > 0
          ? `${newCount >= 100 ? '99+' : newCount} new since you last looked.`
          : 'Contributions, feedback on yours, replies and huddle outcomes, newest first.'
      }
      className="cohort-feed"
    >
      {loading && !feed ? (
        <Loading label="Loading what’s new…" />
      ) : !feed ? (
        <LoadErrorAlert what="what’s new in this cohort" onRetry={() => void refetch()}>
          {error?.message ?? 'Check your connection and try again.'}
        </LoadErrorAlert>
      ) : feed.nodes.length === 0 ? (
        <EmptyState title="Nothing new yet">
          When peers post, give you feedback or reply, or a huddle ends, it shows up here.
        </EmptyState>
      ) : (
        <>
          <ol className="feed-list" ref={listRef} aria-label="What’s new, newest first">
            {feed.nodes.map((item) => (
              <FeedItem key={item.id} item={item} organizationId={organizationId} timeZone={viewer?.timeZone} />
            ))}
          </ol>
          {feed.pageInfo.hasNextPage && (
            <Button variant="secondary" size="sm" onClick={showMore} disabled={loadingMore}>
              {loadingMore ? 'Loading…' : 'Show more'}
            </Button>
          )}
        </>
      )}
    </Section>
  );
}

function FeedItem({
  item,
  organizationId,
  timeZone,
}: {
  item: CohortFeedItemFieldsFragment;
  organizationId: string;
  timeZone?: string;
}) {
  const to =
    item.kind === 'HUDDLE_OUTCOME' && item.huddleId
      ? routes.huddle(organizationId, item.huddleId)
      : item.promptId && item.contribution
        ? routes.contribution(organizationId, item.promptId, item.contribution.id)
        : null;
  const headline = feedHeadline(item);
  return (
    <li className="feed-item" tabIndex={-1} data-feed-id={item.id}>
      <p className="feed-item-headline">
        {to ? <Link to={to}>{headline}</Link> : headline}
        {item.isNew && (
          <>
            {' '}
            <Badge tone="info">New</Badge>
          </>
        )}
      </p>
      {item.kind === 'CONTRIBUTION' && item.contribution && (
        <p className="feed-item-excerpt">{excerpt(item.contribution.body)}</p>
      )}
      <p className="meta">
        <time dateTime={item.at}>{formatDateTime(item.at, timeZone)}</time>
      </p>
    </li>
  );
}
