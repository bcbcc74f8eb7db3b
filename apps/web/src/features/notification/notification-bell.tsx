import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { routes } from '@openhuddle/shared';
import { Link } from 'react-router';
import { MarkNotificationsReadDocument, NotificationsDocument } from '../../generated/graphql';
import { DisclosureMenu } from '../../ui/disclosure-menu';
import { formatDateTime } from '../../lib/format-date';
import { useNotificationFeed } from './use-notification-feed';
import './notification.css';

const POLL_MS = 60_000;
const BELL_SIZE = 10;

/**
 * The header's bell: nudges in this organisation (feedback for you, reviews due, huddles soon).
 * New ones arrive live (notificationAdded); it also checks every minute while the tab is visible,
 * and at once when the tab comes back. Opening the
 * list marks everything read; what was new stays marked as new until the list closes.
 */
export function NotificationBell({ organizationId, timeZone }: { organizationId: string; timeZone?: string }) {
  const { data, refetch } = useQuery(NotificationsDocument, {
    variables: { organizationId, first: BELL_SIZE },
    fetchPolicy: 'cache-and-network',
    pollInterval: POLL_MS,
    skipPollAttempt: () => document.visibilityState !== 'visible',
  });
  const [markRead] = useMutation(MarkNotificationsReadDocument, {
    refetchQueries: [{ query: NotificationsDocument, variables: { organizationId, first: BELL_SIZE } }],
  });
  const [newAtOpen, setNewAtOpen] = useState<Set<string> | null>(null);
  // New ones arrive over the WebSocket; the poll stays as a catch-up for a dropped connection.
  useNotificationFeed(organizationId, () => void refetch().catch(() => undefined));

  useEffect(() => {
    const onVisible = () => {
      if (document.visibilityState === 'visible') void refetch().catch(() => undefined);
    };
    document.addEventListener('visibilitychange', onVisible);
    window.addEventListener('focus', onVisible);
    return () => {
      document.removeEventListener('visibilitychange', onVisible);
      window.removeEventListener('focus', onVisible);
    };
  }, [refetch]);

  const list = data?.notifications;
  const unread = list?.unreadCount ?? 0;
  const items = list?.items ?? [];

  return (
    <DisclosureMenu
      className="notification-bell"
      align="end"
      plain
      buttonLabel={`Notifications, ${unread} unread`}
      onOpenChange={(open) => {
        if (!open) {
          setNewAtOpen(null);
          return;
        }
        setNewAtOpen(new Set(items.filter((n) => !n.read).map((n) => n.id)));
        if (unread > 0) void markRead({ variables: { organizationId } }).catch(() => undefined);
      }}
      label={
        <>
          <BellIcon />
          {unread > 0 && (
            <span className="notification-count" aria-hidden="true">
              {unread > 99 ? '99+' : unread}
            </span>
          )}
        </>
      }
    >
      <p className="disclosure-heading" id="notifications-heading">
        Notifications
      </p>
      {items.length === 0 ? (
        <p className="notification-empty">Nothing new. Nudges about feedback, reviews and huddles show up here.</p>
      ) : (
        <ul className="disclosure-list notification-list" aria-labelledby="notifications-heading">
          {items.map((n) => {
            const isNew = newAtOpen ? newAtOpen.has(n.id) : !n.read;
            return (
              <li key={n.id}>
                <Link to={n.link} className={isNew ? 'disclosure-item notification-new' : 'disclosure-item'}>
                  <span className="notification-text">
                    {isNew && <span className="visually-hidden">New: </span>}
                    {n.text}
                  </span>
                  <span className="disclosure-item-meta">{formatDateTime(n.createdAt, timeZone)}</span>
                </Link>
              </li>
            );
          })}
        </ul>
      )}
      <p className="notification-bell-links">
        <Link to={routes.notifications(organizationId)}>All notifications</Link>
        <Link to={routes.notificationPreferences(organizationId)}>Preferences</Link>
      </p>
    </DisclosureMenu>
  );
}

function BellIcon() {
  return (
    <svg width="20" height="20" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path
        d="M6 16V11a6 6 0 1 1 12 0v5l1.5 2h-15L6 16Zm4 4a2 2 0 0 0 4 0"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinejoin="round"
        strokeLinecap="round"
      />
    </svg>
  );
}
