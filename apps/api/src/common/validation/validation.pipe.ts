import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { AppError, type FieldErrors } from '../errors/app-error';

/** Validates every input class; failures become BAD_USER_INPUT with one message per field. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidUnknownValues: false,
    stopAtFirstError: true,
    exceptionFactory: (errors: ValidationError[]) => AppError.badInput(collectFieldErrors(errors)),
  });
}

function collectFieldErrors(errors: ValidationError[], prefix = ''): FieldErrors {
  const fields: FieldErrors = {};
  for (const error of errors) {
    const name = prefix ? `${prefix}.${error.property}` : error.property;
    const message = error.constraints ? Object.values(error.constraints)[0] : undefined;
    if (message) fields[name] = message;
    if (error.children?.length) Object.assign(fields, collectFieldErrors(error.children, name));
  }
  return fields;
}
