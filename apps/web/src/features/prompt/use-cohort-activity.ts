import { useApolloClient, useSubscription } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { CohortActivityDocument, type CohortActivitySubscription } from '../../generated/graphql';

export type CohortActivityEvent = CohortActivitySubscription['cohortActivity'];

/**
 * Follows what peers do in a cohort (posts, edits, feedback, comments). `onEvents` gets the events
 * of a burst together, once things settle (a flurry of comments refetches once, not once each);
 * `onCatchUp` runs when the tab comes back or the network returns, for events missed meanwhile.
 */
export function useCohortActivity(
  cohortId: string | undefined,
  onEvents: (events: CohortActivityEvent[]) => void,
  onCatchUp?: () => void,
) {
  const client = useApolloClient();
  const latest = useRef({ onEvents, onCatchUp });
  useEffect(() => {
    latest.current = { onEvents, onCatchUp };
  });
  const pending = useRef<{ events: CohortActivityEvent[]; timer?: ReturnType<typeof setTimeout> }>({ events: [] });

  useEffect(() => {
    if (!cohortId) return;
    const catchUp = () => {
      if (document.visibilityState === 'visible') latest.current.onCatchUp?.();
    };
    window.addEventListener('online', catchUp);
    document.addEventListener('visibilitychange', catchUp);
    const batch = pending.current;
    return () => {
      window.removeEventListener('online', catchUp);
      document.removeEventListener('visibilitychange', catchUp);
      clearTimeout(batch.timer);
      batch.events = [];
    };
  }, [client, cohortId]);

  useSubscription(CohortActivityDocument, {
    variables: { cohortId: cohortId ?? '' },
    skip: !cohortId,
    onData: ({ data }) => {
      const event = data.data?.cohortActivity;
      if (!event) return;
      const batch = pending.current;
      batch.events.push(event);
      clearTimeout(batch.timer);
      batch.timer = setTimeout(() => {
        const events = batch.events;
        batch.events = [];
        latest.current.onEvents(events);
      }, 150);
    },
  });
}
