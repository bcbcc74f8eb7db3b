import {
  type GraphQLSchema,
  GraphQLError,
  getOperationAST,
  parse,
  specifiedRules,
  validate,
  type ValidationRule,
} from 'graphql';
import { findVariableProblems } from './input-variables.plugin';
import { badInputError } from './input-values';
import { OPERATION_PARSE_OPTIONS } from './operation-limits';

/**
 * graphql-ws parses and validates subscriptions itself, outside Apollo's pipeline, with
 * graphql-js's rules only: this refuses what the same token limit, our rules and the variable
 * checks refuse over HTTP. Returning nothing lets graphql-ws go on as usual.
 */
export function wsOperationGuard(schema: () => GraphQLSchema | undefined, rules: readonly ValidationRule[]) {
  return (query: string, variables?: Record<string, unknown> | null): readonly GraphQLError[] | undefined => {
    const current = schema();
    if (!current) return [new GraphQLError('The server is starting; try again.')];
    try {
      const document = parse(query, OPERATION_PARSE_OPTIONS);
      const errors = validate(current, document, [...specifiedRules, ...rules]);
      if (errors.length) return errors;
      const fields = findVariableProblems(current, getOperationAST(document), variables ?? {});
      return fields ? [badInputError(fields)] : undefined;
    } catch (error) {
      return [error instanceof GraphQLError ? error : new GraphQLError('Could not parse the operation.')];
    }
  };
}
