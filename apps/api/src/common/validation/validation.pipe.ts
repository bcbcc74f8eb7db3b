import { type ArgumentMetadata, ValidationPipe, type ValidationError } from '@nestjs/common';
import { AppError, type FieldErrors } from '../errors/app-error';
import { toNfc } from './text-rules';

/**
 * Validates every input class; failures become BAD_USER_INPUT with one message per field.
 * Every string argument, however nested, is first put in NFC: one stored form, so text typed
 * decomposed (e + ◌́) is found by search and equal to the same text typed composed. (Control
 * characters and malformed ids were refused before, at GraphQL validation: common/graphql/input-values.ts.)
 */
export function createValidationPipe(): ValidationPipe {
  return new NormalizingValidationPipe({
    transform: true,
    whitelist: true,
    forbidUnknownValues: false,
    stopAtFirstError: true,
    exceptionFactory: (errors: ValidationError[]) => AppError.badInput(collectFieldErrors(errors)),
  });
}

/**
 * What a client sent: GraphQL arguments (Nest's GqlParamtype.ARGS, 3, not exported by
 * @nestjs/graphql) and REST bodies, queries and params; never the context, parent or info.
 */
const CLIENT_INPUT = new Set<unknown>([3, 'body', 'query', 'param']);

class NormalizingValidationPipe extends ValidationPipe {
  override transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    return super.transform(CLIENT_INPUT.has(metadata.type) ? normalizeStrings(value) : value, metadata);
  }
}

/** Plain data only (GraphQL input objects have a null prototype); Dates and class instances are left alone. */
export function normalizeStrings(value: unknown): unknown {
  if (typeof value === 'string') return toNfc(value);
  if (Array.isArray(value)) return value.map(normalizeStrings);
  if (value === null || typeof value !== 'object') return value;
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== null && proto !== Object.prototype) return value;
  const copy = Object.create(proto) as Record<string, unknown>;
  for (const [key, item] of Object.entries(value)) copy[key] = normalizeStrings(item);
  return copy;
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
