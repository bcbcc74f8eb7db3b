import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import type { GqlClient } from './gql-client';

/** A graphql-ws client over a real WebSocket, authenticated by the HTTP client's session cookie. */
export function wsClientFor(http: GqlClient): Client {
  const cookie = http.cookie ?? '';
  class CookieWebSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers: { cookie } });
    }
  }
  return createClient({
    url: http.baseUrl.replace(/^http/, 'ws') + '/graphql',
    webSocketImpl: CookieWebSocket,
    lazy: false,
    retryAttempts: 0,
    // Closing at the end of a test is expected; failures surface through the subscription's error callback.
    onNonLazyError: () => undefined,
  });
}

export interface Subscription<T> {
  events: T[];
  errors: unknown[];
  /** Resolves once `n` events have arrived (rejects after `ms`). */
  waitFor(n: number, ms?: number): Promise<T[]>;
  close(): void;
}

export function subscribe<T = any>(client: Client, query: string, variables: Record<string, unknown>): Subscription<T> {
  const events: T[] = [];
  const errors: unknown[] = [];
  const waiters: Array<() => void> = [];
  const dispose = client.subscribe<T>(
    { query, variables },
    {
      next: (value) => {
        if (value.errors) errors.push(...value.errors);
        if (value.data) events.push(value.data as T);
        waiters.splice(0).forEach((w) => w());
      },
      error: (error) => {
        errors.push(error);
        waiters.splice(0).forEach((w) => w());
      },
      complete: () => undefined,
    },
  );
  return {
    events,
    errors,
    waitFor: (n, ms = 5000) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`expected ${n} events, got ${events.length}: ${JSON.stringify(errors)}`)),
          ms,
        );
        const check = () => {
          if (events.length >= n) {
            clearTimeout(timer);
            resolve(events);
          } else if (errors.length) {
            clearTimeout(timer);
            reject(new Error(JSON.stringify(errors)));
          } else waiters.push(check);
        };
        check();
      }),
    close: dispose,
  };
}
