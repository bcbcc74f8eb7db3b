import { IntrinsicException } from '@nestjs/common';
import { ErrorCode } from '@openhuddle/shared';

export { ErrorCode };

/** Per-field messages for BAD_USER_INPUT, keyed by the input field's name. */
export type FieldErrors = Record<string, string>;

/**
 * The one error type services throw. The GraphQL layer maps it to `extensions.code`
 * (and `extensions.fields` for input errors) in `formatGraphQLError`.
 * An IntrinsicException, so Nest does not log these expected outcomes as errors with stacks.
 */
export class AppError extends IntrinsicException {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: FieldErrors,
    /** RATE_LIMITED only: when trying again can succeed. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'AppError';
  }

  static unauthenticated(message = 'Please sign in.'): AppError {
    return new AppError(ErrorCode.UNAUTHENTICATED, message);
  }
  static forbidden(message = 'You are not allowed to do this.'): AppError {
    return new AppError(ErrorCode.FORBIDDEN, message);
  }
  /** "Not found" and "not yours" look the same, so ids of other tenants leak nothing. */
  static notFound(what: string): AppError {
    return new AppError(ErrorCode.NOT_FOUND, `${what} not found.`);
  }
  static badInput(fields: FieldErrors, message = 'Some fields need attention.'): AppError {
    return new AppError(ErrorCode.BAD_USER_INPUT, message, fields);
  }
  static conflict(message: string, fields?: FieldErrors): AppError {
    return new AppError(ErrorCode.CONFLICT, message, fields);
  }
  static rateLimited(message: string, retryAfterSeconds?: number): AppError {
    return new AppError(ErrorCode.RATE_LIMITED, message, undefined, retryAfterSeconds);
  }
}

/**
 * "Not found / not yours" renamed to what was asked for; any other failure (a database outage,
 * a bug) stays what it is instead of being dressed up as NOT_FOUND.
 */
export function notFoundAs(error: unknown, what: string): AppError | unknown {
  return error instanceof AppError && error.code === ErrorCode.NOT_FOUND ? AppError.notFound(what) : error;
}
