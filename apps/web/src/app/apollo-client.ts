import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { OperationTypeNode } from 'graphql';
import { LazyLink } from './lazy-link';
import { pagedFieldPolicy } from './paged-field-policy';

/**
 * One client for the app. Queries and mutations go over HTTP to the same origin (the session
 * cookie rides along); subscriptions go over graphql-ws on the same path. The WebSocket and its
 * code load lazily, on the first subscription, so pages without live data never fetch either.
 */
export function createApolloClient(): ApolloClient {
  const httpLink = new HttpLink({ uri: '/graphql', credentials: 'same-origin' });
  const wsLink = new LazyLink(async () => (await import('./ws-link')).createWsLink());
  const link = ApolloLink.split(
    ({ operationType }) => operationType === OperationTypeNode.SUBSCRIPTION,
    wsLink,
    httpLink,
  );
  return new ApolloClient({
    link,
    cache: new InMemoryCache({
      typePolicies: {
        Organization: {
          fields: {
            // Lists come back whole from the server; take the new one instead of merging.
            members: { merge: false },
            invitations: { merge: false },
          },
        },
        Me: { fields: { organizations: { merge: false } } },
        // "Show more" appends the next page; refetching the first keeps what was opened.
        Prompt: { fields: { contributionPage: pagedFieldPolicy(), viewerDrafts: { merge: false } } },
        Contribution: { fields: { feedbackPage: pagedFieldPolicy() } },
        // A cohort's feed: "Show more" appends; a live refetch of the newest page puts new items on top.
        Query: { fields: { cohortFeed: pagedFieldPolicy(['cohortId']) } },
        // Editing a protocol replaces its sections and rubric whole.
        FeedbackProtocol: { fields: { sections: { merge: false }, rubric: { merge: false } } },
        // A huddle's lists come back whole (live events replace them too).
        Huddle: {
          fields: {
            agenda: { merge: false },
            notes: { merge: false },
            decisions: { merge: false },
            actionItems: { merge: false },
          },
        },
      },
    }),
  });
}
