import {
  type ASTNode,
  type GraphQLInputType,
  type GraphQLNamedInputType,
  GraphQLError,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  Kind,
  type ValueNode,
} from 'graphql';
import { AppError, type FieldErrors } from '../errors/app-error';
import { CONTROL_CHARACTER_MESSAGE, hasControlCharacter, ID_MESSAGE, isUuid } from '../validation/text-rules';

/**
 * Above every field's own limit (the longest, a contribution body, is 50,000), so a DTO's precise
 * message wins; this only stops text no field would take before it reaches a resolver.
 */
export const MAX_STRING_LENGTH = 60_000;
/** No list argument needs more; each DTO may set a smaller one. */
export const MAX_LIST_LENGTH = 1_000;

/** Why a scalar value is refused, or undefined. One rule for literals, variables and the scalars. */
export function leafProblem(typeName: string, value: unknown): string | undefined {
  if (typeName === 'ID') {
    if ((typeof value === 'string' || typeof value === 'number') && !isUuid(String(value))) return ID_MESSAGE;
  } else if (typeName === 'String' && typeof value === 'string') {
    if (value.length > MAX_STRING_LENGTH) return `At most ${MAX_STRING_LENGTH} characters.`;
    if (hasControlCharacter(value)) return CONTROL_CHARACTER_MESSAGE;
  }
  return undefined;
}

const LIST_MESSAGE = `At most ${MAX_LIST_LENGTH} items.`;

/**
 * Field key as the DTO validators name it: the input's own field path (`input.body` → `body`),
 * or the argument or variable itself when it is a plain value.
 */
function fieldKey(path: readonly string[]): string {
  return path.length > 1 ? path.slice(1).join('.') : (path[0] ?? 'input');
}

type Collect = (path: readonly string[], message: string) => void;

/** Checks a JSON variable value against its declared input type. */
export function checkValue(value: unknown, type: GraphQLInputType, path: readonly string[], report: Collect): void {
  if (value === null || value === undefined) return;
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) {
    if (!Array.isArray(value)) return checkValue(value, inner.ofType, path, report);
    if (value.length > MAX_LIST_LENGTH) return report(path, LIST_MESSAGE);
    for (const item of value) checkValue(item, inner.ofType, path, report);
    return;
  }
  checkNamed(inner, value, path, report, (fieldValue, fieldType, fieldPath) =>
    checkValue(fieldValue, fieldType, fieldPath, report),
  );
}

/** Checks an inline literal (variables inside it are checked with the variables). */
export function checkLiteral(node: ValueNode, type: GraphQLInputType, path: readonly string[], report: Collect): void {
  if (node.kind === Kind.VARIABLE || node.kind === Kind.NULL) return;
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) {
    if (node.kind !== Kind.LIST) return checkLiteral(node, inner.ofType, path, report);
    if (node.values.length > MAX_LIST_LENGTH) return report(path, LIST_MESSAGE);
    for (const item of node.values) checkLiteral(item, inner.ofType, path, report);
    return;
  }
  if (isInputObjectType(inner)) {
    if (node.kind !== Kind.OBJECT) return;
    const fields = inner.getFields();
    for (const field of node.fields) {
      const def = fields[field.name.value];
      if (def) checkLiteral(field.value, def.type, [...path, field.name.value], report);
    }
    return;
  }
  if (isScalarType(inner) && (node.kind === Kind.STRING || node.kind === Kind.INT)) {
    const problem = leafProblem(inner.name, node.value);
    if (problem) report(path, problem);
  }
}

function checkNamed(
  type: GraphQLNamedInputType,
  value: unknown,
  path: readonly string[],
  report: Collect,
  recurse: (value: unknown, type: GraphQLInputType, path: readonly string[]) => void,
): void {
  if (isInputObjectType(type)) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return;
    const fields = type.getFields();
    for (const [name, fieldValue] of Object.entries(value)) {
      const def = fields[name];
      if (def) recurse(fieldValue, def.type, [...path, name]);
    }
    return;
  }
  if (isScalarType(type)) {
    const problem = leafProblem(type.name, value);
    if (problem) report(path, problem);
  }
}

/** Collects problems into per-field messages (first message per field wins). */
export function fieldCollector(): { report: Collect; fields: FieldErrors } {
  const fields: FieldErrors = {};
  return {
    fields,
    report: (path, message) => {
      const key = fieldKey(path);
      fields[key] ??= message;
    },
  };
}

/** A GraphQL error that formatGraphQLError turns into BAD_USER_INPUT with `extensions.fields`. */
export function badInputError(fields: FieldErrors, nodes?: readonly ASTNode[]): GraphQLError {
  const appError = AppError.badInput(fields);
  return new GraphQLError(appError.message, { nodes, originalError: appError });
}
