import { useApolloClient, useSubscription } from '@apollo/client/react';
import { useEffect } from 'react';
import { HuddleDocument, HuddleLiveDocument, type HuddleLiveSubscription } from '../../generated/graphql';

type LiveEvent = HuddleLiveSubscription['huddleLive'];

/**
 * Follows a huddle in real time: every participant's cache takes each event as it comes, so the
 * current item, notes, decisions and action items change on every screen at once. Events that
 * change more than one field (start, agenda edits, end) refetch the huddle instead.
 */
export function useHuddleLive(huddleId: string, onEvent?: (event: LiveEvent) => void) {
  const client = useApolloClient();
  // Events missed while offline or asleep (a closed laptop, a dropped WebSocket) are caught up on return.
  useEffect(() => {
    if (!huddleId) return;
    const catchUp = () => {
      if (document.visibilityState !== 'visible') return;
      void client
        .query({ query: HuddleDocument, variables: { id: huddleId }, fetchPolicy: 'network-only' })
        .catch(() => undefined);
    };
    window.addEventListener('online', catchUp);
    document.addEventListener('visibilitychange', catchUp);
    return () => {
      window.removeEventListener('online', catchUp);
      document.removeEventListener('visibilitychange', catchUp);
    };
  }, [client, huddleId]);
  return useSubscription(HuddleLiveDocument, {
    variables: { huddleId },
    skip: !huddleId,
    onData: ({ data }) => {
      const event = data.data?.huddleLive;
      if (!event) return;
      applyLiveEvent(client, huddleId, event);
      onEvent?.(event);
    },
  });
}

const pendingRefetch = new Map<string, ReturnType<typeof setTimeout>>();

export function applyLiveEvent(client: ReturnType<typeof useApolloClient>, huddleId: string, event: LiveEvent) {
  // A burst of events (the agenda suggested from the brief adds several items) refetches once.
  const refetch = () => {
    clearTimeout(pendingRefetch.get(huddleId));
    pendingRefetch.set(
      huddleId,
      setTimeout(() => {
        pendingRefetch.delete(huddleId);
        void client
          .query({ query: HuddleDocument, variables: { id: huddleId }, fetchPolicy: 'network-only' })
          .catch(() => {
            // The next event or a reload catches up; nothing typed is at stake here.
          });
      }, 150),
    );
  };
  switch (event.kind) {
    case 'STARTED':
    case 'AGENDA_CHANGED':
    case 'ENDED':
      refetch();
      return;
    case 'ITEM_CHANGED':
      client.cache.modify({
        id: client.cache.identify({ __typename: 'Huddle', id: huddleId }),
        fields: { currentAgendaItemId: () => event.currentAgendaItemId ?? null },
      });
      return;
  }
  client.cache.updateQuery({ query: HuddleDocument, variables: { id: huddleId } }, (data) => {
    if (!data) return data;
    const h = data.huddle;
    if (event.kind === 'NOTE_SAVED' && event.note) {
      const note = event.note;
      const same = (n: (typeof h.notes)[number]) =>
        n.agendaItemId === note.agendaItemId && n.author.id === note.author.id;
      const existing = h.notes.find(same);
      // Events may arrive out of order with our own save: never go back to an older version.
      if (existing && existing.version >= note.version) return data;
      const notes = existing ? h.notes.map((n) => (same(n) ? note : n)) : [...h.notes, note];
      return { huddle: { ...h, notes } };
    }
    if (event.kind === 'DECISION_RECORDED' && event.decision) {
      if (h.decisions.some((d) => d.id === event.decision!.id)) return data;
      return { huddle: { ...h, decisions: [...h.decisions, event.decision] } };
    }
    if (event.kind === 'ACTION_ITEM_ADDED' && event.actionItem) {
      if (h.actionItems.some((a) => a.id === event.actionItem!.id)) return data;
      return { huddle: { ...h, actionItems: [...h.actionItems, event.actionItem] } };
    }
    return data;
  });
}
