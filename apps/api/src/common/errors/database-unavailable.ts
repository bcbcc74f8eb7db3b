import type { ApolloDriverConfig } from '@nestjs/apollo';
import { ErrorCode } from '@openhuddle/shared';
import { GraphQLError } from 'graphql';

/** PostgreSQL classes that mean "the database is not there right now", not "this request is wrong". */
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300']);
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND', 'EPIPE']);
const POOL_MESSAGES = [
  /connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /not currently accepting connections/i,
  /client has encountered a connection error/i,
  /cannot use a pool after calling end/i,
];

export const SERVICE_UNAVAILABLE_MESSAGE = 'OpenHuddle cannot reach its database right now. Please try again shortly.';
/** Seconds a client should wait before retrying. */
export const RETRY_AFTER_SECONDS = 5;

/**
 * True when `error` (or what it wraps: TypeORM's driverError, a cause, GraphQL's originalError)
 * says PostgreSQL is unreachable: connection refused or cut, SQLSTATE class 08, server shutting
 * down (57P01–57P03), no connection slots, or the pool gave up waiting.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 5) return false;
  const e = error as {
    code?: unknown;
    message?: unknown;
    driverError?: unknown;
    cause?: unknown;
    originalError?: unknown;
  };
  // TypeORM releases a transaction's runner when its connection dies mid-transaction; the commit
  // (or the next query) then says so. The write was not acknowledged: the database went away.
  if ((error as { name?: unknown }).name === 'QueryRunnerAlreadyReleasedError') return true;
  const code = typeof e.code === 'string' ? e.code : '';
  if (code.startsWith('08') || UNAVAILABLE_SQLSTATES.has(code) || NETWORK_CODES.has(code)) return true;
  if (typeof e.message === 'string' && POOL_MESSAGES.some((re) => re.test(e.message as string))) return true;
  if (error instanceof AggregateError && error.errors.some((inner) => isDatabaseUnavailable(inner, depth + 1))) {
    return true;
  }
  return [e.driverError, e.cause, e.originalError].some((inner) => isDatabaseUnavailable(inner, depth + 1));
}

/** A GraphQL error Apollo answers with HTTP 503 (used where no formatter can set the status: context creation). */
export function serviceUnavailableGraphQLError(): GraphQLError {
  return new GraphQLError(SERVICE_UNAVAILABLE_MESSAGE, {
    extensions: {
      code: ErrorCode.SERVICE_UNAVAILABLE,
      retryable: true,
      http: { status: 503, headers: new Map([['retry-after', String(RETRY_AFTER_SECONDS)]]) },
    },
  });
}

type ApolloPlugin = NonNullable<ApolloDriverConfig['plugins']>[number];

interface SendingResponse {
  response: {
    http: { status?: number; headers: Map<string, string> };
    body: { kind: string; singleResult?: { errors?: ReadonlyArray<{ extensions?: Record<string, unknown> }> } };
  };
}

/** Operations that failed because the database is away answer 503, so clients and balancers retry. */
export function serviceUnavailablePlugin(): ApolloPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }: SendingResponse) {
          const errors = response.body.kind === 'single' ? response.body.singleResult?.errors : undefined;
          if (errors?.some((e) => e.extensions?.code === ErrorCode.SERVICE_UNAVAILABLE)) {
            response.http.status = 503;
            response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
          }
        },
      };
    },
  };
}
