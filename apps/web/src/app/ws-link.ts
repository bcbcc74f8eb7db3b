import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { createClient } from 'graphql-ws';

/**
 * The subscription link, in its own chunk: graphql-ws loads with the first subscription, so the
 * sign-in and landing pages never download it.
 */
export function createWsLink(): GraphQLWsLink {
  const { protocol, host } = window.location;
  const url = `${protocol === 'https:' ? 'wss:' : 'ws:'}//${host}/graphql`;
  return new GraphQLWsLink(createClient({ url, lazy: true, retryAttempts: 5 }));
}
