import { randomUUID } from 'node:crypto';
import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';

/** How a generated value is made bad; `valid` is well-formed (ids of things that may not exist). */
export const VARIANTS = [
  'valid',
  'malformedId',
  'emptyString',
  'nulString',
  'hugeString',
  'wrongEnum',
  'hugeList',
] as const;
export type Variant = (typeof VARIANTS)[number];

export interface Generated {
  value: unknown;
  /** Whether the variant changed anything here (a field with no string has no NUL variant). */
  applied: boolean;
}

/** Real ids of the caller's world, used for id arguments whose name says what they are. */
export type KnownIds = Partial<Record<string, string>>;

const HUGE = 'x'.repeat(100_000);

/**
 * A value for an input type, built from the schema: every field of an input object (optional
 * ones too, so nested strings and lists are reached), one item per list (5,000 for hugeList).
 */
export function generate(
  type: GraphQLInputType,
  variant: Variant,
  name: string,
  known: KnownIds,
  depth = 0,
): Generated {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) {
    if (variant === 'hugeList') {
      // Only this list is huge: lists nested in its items would multiply past any request size.
      const item = generate(inner.ofType, 'valid', name, known, depth + 1);
      return { value: Array.from({ length: 5_000 }, () => item.value), applied: true };
    }
    const item = generate(inner.ofType, variant, name, known, depth + 1);
    return { value: [item.value], applied: item.applied };
  }
  if (isInputObjectType(inner)) {
    if (depth > 4) return { value: null, applied: false };
    let applied = false;
    const value: Record<string, unknown> = {};
    for (const field of Object.values(inner.getFields())) {
      const child = generate(field.type, variant, field.name, known, depth + 1);
      // An optional nested object past the depth budget is left out rather than sent as null.
      if (child.value === null && !isNonNullType(field.type)) continue;
      value[field.name] = child.value;
      applied ||= child.applied;
    }
    return { value, applied };
  }
  if (isEnumType(inner)) {
    if (variant === 'wrongEnum') return { value: 'NOT_A_VALUE', applied: true };
    // The name, as a client sends it (an enum's internal value may differ, e.g. Language.EN = 'en').
    return { value: inner.getValues()[0]!.name, applied: false };
  }
  if (isScalarType(inner)) return scalar(inner.name, variant, name, known);
  return { value: null, applied: false };
}

function scalar(typeName: string, variant: Variant, name: string, known: KnownIds): Generated {
  switch (typeName) {
    case 'ID':
      if (variant === 'malformedId') return { value: '0', applied: true };
      return { value: known[name] ?? randomUUID(), applied: false };
    case 'String':
      if (variant === 'emptyString') return { value: '', applied: true };
      if (variant === 'nulString') return { value: 'a\u0000b', applied: true };
      if (variant === 'hugeString') return { value: HUGE, applied: true };
      return { value: plausibleText(name), applied: false };
    case 'Int':
      return { value: 1, applied: false };
    case 'Float':
      return { value: 1.5, applied: false };
    case 'Boolean':
      return { value: true, applied: false };
    case 'DateTime':
      return { value: new Date(Date.now() + 86_400_000).toISOString(), applied: false };
    default:
      return { value: null, applied: false };
  }
}

/** Text a real client would send for a field of this name, so valid calls get past the DTO checks. */
function plausibleText(name: string): string {
  if (/email/i.test(name)) return `probe-${randomUUID()}@example.org`;
  if (/url/i.test(name)) return 'https://example.org/probe';
  if (/On$/.test(name)) return new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
  if (/timeZone/i.test(name)) return 'Europe/Paris';
  if (/password/i.test(name)) return 'a long enough password';
  return 'Some text';
}

/** `field(a: $a, …) { __typename }` with one variable per argument, and the variables. */
export function operationFor(
  operation: 'query' | 'mutation',
  field: GraphQLField<unknown, unknown>,
  variant: Variant,
  known: KnownIds,
): { query: string; variables: Record<string, unknown>; applied: boolean } {
  let applied = false;
  const variables: Record<string, unknown> = {};
  for (const arg of field.args) {
    const generated = generate(arg.type, variant, argName(field, arg), known);
    variables[arg.name] = generated.value;
    applied ||= generated.applied;
  }
  const definitions = field.args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const args = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  const query = `${operation}${definitions ? ` (${definitions})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection} }`;
  return { query, variables, applied };
}

/** `cohort(id:)` means a cohort id: the name used to look the id up in KnownIds. */
function argName(field: GraphQLField<unknown, unknown>, arg: GraphQLArgument): string {
  if (arg.name !== 'id') return arg.name;
  const subject = /actionItem|feedbackProtocol|organization|cohort|prompt|contribution|huddle/i.exec(field.name)?.[0];
  return subject ? `${subject[0]!.toLowerCase()}${subject.slice(1)}Id` : arg.name;
}
