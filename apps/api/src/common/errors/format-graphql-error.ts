import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import { AppError, ErrorCode } from './app-error';
import { isDatabaseUnavailable, SERVICE_UNAVAILABLE_MESSAGE } from './database-unavailable';

const PASSTHROUGH_CODES = new Set<string>([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

/**
 * Every error leaves the server here: domain errors keep their code and field messages,
 * GraphQL's own input errors gain a field message, and anything unexpected becomes a
 * generic INTERNAL_SERVER_ERROR without stack or SQL (it is logged by the caller).
 */
export function formatGraphQLError(
  formatted: GraphQLFormattedError,
  error: unknown,
  onUnexpected: (error: unknown) => void,
  onUnavailable: (error: unknown) => void = () => undefined,
): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  if (original instanceof AppError) {
    return {
      message: original.message,
      path: formatted.path,
      locations: formatted.locations,
      extensions: {
        code: original.code,
        ...(original.fields ? { fields: original.fields } : {}),
        ...(original.retryAfterSeconds !== undefined ? { retryAfterSeconds: original.retryAfterSeconds } : {}),
      },
    };
  }
  const code = formatted.extensions?.code as string | undefined;
  if (code && PASSTHROUGH_CODES.has(code)) {
    const fields = code === 'BAD_USER_INPUT' ? fieldsFromCoercionMessage(formatted.message) : undefined;
    return {
      message: formatted.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: {
        code: code === 'GRAPHQL_VALIDATION_FAILED' ? code : ErrorCode.BAD_USER_INPUT,
        ...(fields ? { fields } : {}),
      },
    };
  }
  if (original instanceof GraphQLError && original.extensions?.code === ErrorCode.SERVICE_UNAVAILABLE) {
    return { message: original.message, extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, retryable: true } };
  }
  // A database outage is not the request's fault nor a bug: retryable, answered with 503 by
  // serviceUnavailablePlugin, and never dressed up as another error.
  if (isDatabaseUnavailable(original)) {
    onUnavailable(original);
    return {
      message: SERVICE_UNAVAILABLE_MESSAGE,
      path: formatted.path,
      extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, retryable: true },
    };
  }
  onUnexpected(original);
  return {
    message: 'Something went wrong on our side. Please try again.',
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}

/** `Variable "$input" got invalid value "X" at "input.role"; ...` → { role: "..." } */
function fieldsFromCoercionMessage(message: string): Record<string, string> | undefined {
  const at = /at "([^"]+)"/.exec(message);
  const path = at?.[1];
  if (!path) return undefined;
  const field = path.split('.').slice(1).join('.') || path;
  const detail = message.split('; ').slice(1).join('; ') || message;
  return { [field]: detail };
}
