import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { HuddleDocument, type HuddleLiveSubscription, type HuddleQuery } from '../../generated/graphql';
import { applyLiveEvent } from './use-huddle-live';

type Event = HuddleLiveSubscription['huddleLive'];
type Note = NonNullable<Event['note']>;

const person = (id: string, displayName: string) => ({ __typename: 'UserProfile' as const, id, displayName });
const note = (authorId: string, body: string, version: number): Note => ({
  __typename: 'HuddleNote',
  agendaItemId: 'a1',
  author: person(authorId, authorId === 'u1' ? 'Maya Chen' : 'Luis Hernández'),
  body,
  version,
  updatedAt: '2026-11-25T19:00:00.000Z',
});
const event = (partial: Partial<Event>): Event => ({
  __typename: 'HuddleLiveEvent',
  huddleId: 'h1',
  kind: 'NOTE_SAVED',
  currentAgendaItemId: null,
  note: null,
  decision: null,
  actionItem: null,
  ...partial,
});

function setup() {
  const client = new ApolloClient({
    link: ApolloLink.empty(),
    cache: new InMemoryCache({
      typePolicies: { Huddle: { fields: { notes: { merge: false }, decisions: { merge: false } } } },
    }),
  });
  const huddle: HuddleQuery['huddle'] = {
    __typename: 'Huddle',
    id: 'h1',
    title: 'Thursday huddle',
    startsAt: '2026-11-26T15:30:00.000Z',
    durationMinutes: 45,
    joinUrl: null,
    status: 'LIVE',
    promptIds: [],
    nudgeHours: [48, 2],
    viewerCan: { __typename: 'HuddlePermissions', facilitate: false },
    cohortId: 'c1',
    startedAt: '2026-11-26T15:30:00.000Z',
    endedAt: null,
    currentAgendaItemId: 'a1',
    minutes: null,
    prompts: [],
    agenda: [],
    notes: [note('u1', 'first', 1)],
    decisions: [],
    actionItems: [],
  };
  client.writeQuery({ query: HuddleDocument, variables: { id: 'h1' }, data: { huddle } });
  const read = () => client.readQuery({ query: HuddleDocument, variables: { id: 'h1' } })!.huddle;
  return { client, read };
}

describe('live huddle events in the cache', () => {
  it('adds a new person’s notes block and replaces a block with its newer version', () => {
    const { client, read } = setup();
    applyLiveEvent(client, 'h1', event({ note: note('u2', 'Luis writes', 1) }));
    applyLiveEvent(client, 'h1', event({ note: note('u1', 'first, then more', 2) }));
    expect(read().notes.map((n) => [n.author.id, n.body, n.version])).toEqual([
      ['u1', 'first, then more', 2],
      ['u2', 'Luis writes', 1],
    ]);
  });

  it('never goes back to an older version that arrives late', () => {
    const { client, read } = setup();
    applyLiveEvent(client, 'h1', event({ note: note('u1', 'newest', 3) }));
    applyLiveEvent(client, 'h1', event({ note: note('u1', 'older', 2) }));
    expect(read().notes.find((n) => n.author.id === 'u1')?.body).toBe('newest');
  });

  it('follows the current item and keeps a decision once, however often it arrives', () => {
    const { client, read } = setup();
    applyLiveEvent(client, 'h1', event({ kind: 'ITEM_CHANGED', currentAgendaItemId: 'a2' }));
    expect(read().currentAgendaItemId).toBe('a2');
    const decision = {
      __typename: 'Decision' as const,
      id: 'd1',
      agendaItemId: 'a2',
      text: 'Hinge questions every Monday.',
      createdAt: '2026-11-26T15:40:00.000Z',
    };
    applyLiveEvent(client, 'h1', event({ kind: 'DECISION_RECORDED', decision }));
    applyLiveEvent(client, 'h1', event({ kind: 'DECISION_RECORDED', decision }));
    expect(read().decisions).toHaveLength(1);
  });
});
