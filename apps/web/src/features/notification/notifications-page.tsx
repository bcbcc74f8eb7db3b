import { useMutation, useQuery } from '@apollo/client/react';
import { routes } from '@openhuddle/shared';
import { type KeyboardEvent, useState } from 'react';
import { Link } from 'react-router';
import { useViewer } from '../../app/session';
import { useDocumentTitle } from '../../app/use-document-title';
import {
  MarkNotificationReadDocument,
  MarkNotificationsReadDocument,
  type NotificationFieldsFragment,
  NotificationsDocument,
} from '../../generated/graphql';
import { formatDateTime } from '../../lib/format-date';
import { Button, ButtonLink, EmptyState, Loading, LoadErrorAlert, PageHeader } from '../../ui';
import { useOrganization } from '../organization/organization-layout';
import { useNotificationFeed } from './use-notification-feed';
import './notification.css';

export const NOTIFICATION_PAGE_SIZE = 20;
type Tab = 'all' | 'unread';
const TABS: ReadonlyArray<{ id: Tab; label: string }> = [
  { id: 'all', label: 'All' },
  { id: 'unread', label: 'Unread' },
];

/** Notifications in the order they came, grouped by the cohort they happened in (first seen first). */
export function groupByCohort(items: readonly NotificationFieldsFragment[]) {
  const groups = new Map<string, { title: string; items: NotificationFieldsFragment[] }>();
  for (const n of items) {
    const key = n.cohortId ?? '';
    const group = groups.get(key) ?? { title: n.cohortName ?? 'Across the organisation', items: [] };
    group.items.push(n);
    groups.set(key, group);
  }
  return [...groups.entries()].map(([key, g]) => ({ key, ...g }));
}

/** `/o/:organizationId/notifications`: everything the person was told, live, a page at a time. */
export function NotificationsPage() {
  const organization = useOrganization();
  useDocumentTitle('Notifications', organization.name);
  const { viewer } = useViewer();
  const [tab, setTab] = useState<Tab>('all');
  const variables = { organizationId: organization.id, unreadOnly: tab === 'unread', first: NOTIFICATION_PAGE_SIZE };
  const { data, loading, error, fetchMore, refetch, updateQuery } = useQuery(NotificationsDocument, {
    variables,
    fetchPolicy: 'cache-and-network',
  });
  const [markAll, markingAll] = useMutation(MarkNotificationsReadDocument, {
    refetchQueries: [NotificationsDocument],
  });
  const [markOne] = useMutation(MarkNotificationReadDocument, { refetchQueries: [NotificationsDocument] });
  const [loadingMore, setLoadingMore] = useState(false);

  useNotificationFeed(organization.id, (added) =>
    updateQuery((_, { complete, previousData: previous }) => {
      if (!complete || previous.notifications.items.some((n) => n.id === added.id)) return;
      return {
        notifications: {
          ...previous.notifications,
          unreadCount: previous.notifications.unreadCount + 1,
          items: [added, ...previous.notifications.items],
        },
      };
    }),
  );

  const list = data?.notifications;
  const loadMore = async () => {
    if (!list?.pageInfo.endCursor) return;
    setLoadingMore(true);
    try {
      await fetchMore({
        variables: { after: list.pageInfo.endCursor },
        updateQuery: (previous, { fetchMoreResult }) => ({
          notifications: {
            ...fetchMoreResult.notifications,
            items: [...previous.notifications.items, ...fetchMoreResult.notifications.items],
          },
        }),
      });
    } finally {
      setLoadingMore(false);
    }
  };

  const onTabKey = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    const next = tab === 'all' ? 'unread' : 'all';
    setTab(next);
    document.getElementById(`notifications-tab-${next}`)?.focus();
  };

  return (
    <div className="page page-narrow">
      <PageHeader
        eyebrow={organization.name}
        title="Notifications"
        actions={
          <>
            <Button
              variant="secondary"
              disabled={!list?.unreadCount || markingAll.loading}
              onClick={() => void markAll({ variables: { organizationId: organization.id } }).catch(() => undefined)}
            >
              Mark all read
            </Button>
            <ButtonLink variant="secondary" to={routes.notificationPreferences(organization.id)}>
              Preferences
            </ButtonLink>
          </>
        }
      />
      <div role="tablist" aria-label="Which notifications" className="notification-tabs">
        {TABS.map((t) => (
          <button
            key={t.id}
            id={`notifications-tab-${t.id}`}
            type="button"
            role="tab"
            aria-selected={tab === t.id}
            aria-controls="notifications-panel"
            tabIndex={tab === t.id ? 0 : -1}
            className="notification-tab"
            onClick={() => setTab(t.id)}
            onKeyDown={onTabKey}
          >
            {t.id === 'unread' && list ? `${t.label} (${list.unreadCount})` : t.label}
          </button>
        ))}
      </div>
      <div id="notifications-panel" role="tabpanel" aria-labelledby={`notifications-tab-${tab}`}>
        {loading && !list ? (
          <Loading label="Loading notifications…" />
        ) : !list ? (
          <LoadErrorAlert what="your notifications" onRetry={() => void refetch()}>
            {error?.message ?? 'Check your connection and try again.'}
          </LoadErrorAlert>
        ) : list.items.length === 0 ? (
          <EmptyState title={tab === 'unread' ? 'You are all caught up.' : 'Nothing yet.'}>
            Feedback, replies, reviews and huddle news show up here.
          </EmptyState>
        ) : (
          <>
            {groupByCohort(list.items).map((group) => (
              <section key={group.key} className="notification-group" aria-labelledby={`group-${group.key || 'org'}`}>
                <h2 id={`group-${group.key || 'org'}`} className="notification-group-title">
                  {group.title}
                </h2>
                <ul className="notification-page-list">
                  {group.items.map((n) => (
                    <li key={n.id} className={n.read ? undefined : 'notification-new'}>
                      <Link
                        to={n.link}
                        onClick={() => {
                          if (!n.read) void markOne({ variables: { notificationId: n.id } }).catch(() => undefined);
                        }}
                      >
                        <span className="notification-text">
                          {!n.read && <span className="visually-hidden">Unread: </span>}
                          {n.text}
                        </span>
                      </Link>
                      <span className="disclosure-item-meta">{formatDateTime(n.createdAt, viewer?.timeZone)}</span>
                    </li>
                  ))}
                </ul>
              </section>
            ))}
            {list.pageInfo.hasNextPage && (
              <Button variant="secondary" onClick={() => void loadMore()} disabled={loadingMore}>
                {loadingMore ? 'Loading…' : 'Load more'}
              </Button>
            )}
          </>
        )}
      </div>
    </div>
  );
}
