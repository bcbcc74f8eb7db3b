import { type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';

export const SCHEMA_HEADER =
  '# Generated from the API code by `pnpm codegen`. Do not edit: a test fails when it is stale.\n\n';

/** The committed SDL: sorted, so it changes only when the API does. */
export function printSortedSchema(schema: GraphQLSchema): string {
  return `${SCHEMA_HEADER}${printSchema(lexicographicSortSchema(schema))}\n`;
}
