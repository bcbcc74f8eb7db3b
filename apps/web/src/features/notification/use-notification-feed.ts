import { useSubscription } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { NotificationAddedDocument, type NotificationFieldsFragment } from '../../generated/graphql';

/**
 * New notifications for the signed-in person, as the API delivers them over the WebSocket (each
 * checked again for them at delivery, like cohort activity). `onAdded` merges one into a list.
 */
export function useNotificationFeed(organizationId: string, onAdded: (n: NotificationFieldsFragment) => void) {
  const latest = useRef(onAdded);
  useEffect(() => {
    latest.current = onAdded;
  });
  useSubscription(NotificationAddedDocument, {
    variables: { organizationId },
    onData: ({ data }) => {
      const added = data.data?.notificationAdded;
      if (added) latest.current(added);
    },
  });
}
