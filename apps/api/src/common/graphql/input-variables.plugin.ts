import type { ApolloServerPlugin } from '@apollo/server';
import { type GraphQLSchema, isInputType, type OperationDefinitionNode, typeFromAST } from 'graphql';
import { AppError, type FieldErrors } from '../errors/app-error';
import { checkValue, fieldCollector } from './input-values';

/**
 * Variables checked against their declared types once the operation is known and before it runs,
 * all fields at once: BAD_USER_INPUT with one message per field (an id that is not a UUID would
 * otherwise reach PostgreSQL, and NUL in text is refused by it: both internal errors).
 */
export function inputVariablesPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, schema, request }) {
          const fields = findVariableProblems(schema, operation, request.variables ?? {});
          if (fields) throw AppError.badInput(fields);
        },
      };
    },
  };
}

export function findVariableProblems(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode | null | undefined,
  variables: Record<string, unknown>,
): FieldErrors | undefined {
  const { fields, report } = fieldCollector();
  for (const definition of operation?.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    const type = typeFromAST(schema, definition.type);
    if (type && isInputType(type)) checkValue(variables[name], type, [name], report);
  }
  return Object.keys(fields).length ? fields : undefined;
}
