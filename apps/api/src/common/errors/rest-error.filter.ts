import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { MAX_UPLOAD_BYTES } from '@openhuddle/shared';
import { AppError, ErrorCode } from './app-error';
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS, SERVICE_UNAVAILABLE_MESSAGE } from './database-unavailable';

const STATUS: Record<string, number> = {
  [ErrorCode.UNAUTHENTICATED]: HttpStatus.UNAUTHORIZED,
  [ErrorCode.FORBIDDEN]: HttpStatus.FORBIDDEN,
  [ErrorCode.NOT_FOUND]: HttpStatus.NOT_FOUND,
  [ErrorCode.BAD_USER_INPUT]: HttpStatus.BAD_REQUEST,
  [ErrorCode.CONFLICT]: HttpStatus.CONFLICT,
  [ErrorCode.RATE_LIMITED]: HttpStatus.TOO_MANY_REQUESTS,
};

/** REST errors in the GraphQL shape: `{ error: { code, message, fields } }`. */
@Catch()
export class RestErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('Rest');

  catch(error: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    if (error instanceof AppError) {
      res
        .status(STATUS[error.code] ?? 400)
        .json({ error: { code: error.code, message: error.message, fields: error.fields } });
    } else if (error instanceof HttpException && error.getStatus() === HttpStatus.PAYLOAD_TOO_LARGE) {
      const message = `Files can be at most ${MAX_UPLOAD_BYTES / 1024 / 1024} MB.`;
      res.status(413).json({ error: { code: ErrorCode.BAD_USER_INPUT, message, fields: { file: message } } });
    } else if (isDatabaseUnavailable(error)) {
      this.logger.warn(`database unavailable: ${error instanceof Error ? error.message : String(error)}`);
      res
        .status(HttpStatus.SERVICE_UNAVAILABLE)
        .setHeader('retry-after', String(RETRY_AFTER_SECONDS))
        .json({
          error: { code: ErrorCode.SERVICE_UNAVAILABLE, message: SERVICE_UNAVAILABLE_MESSAGE, retryable: true },
        });
    } else {
      this.logger.error(error instanceof Error ? error : String(error));
      res
        .status(500)
        .json({ error: { code: ErrorCode.INTERNAL_SERVER_ERROR, message: 'Something went wrong on our side.' } });
    }
  }
}
