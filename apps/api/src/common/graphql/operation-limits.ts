import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { GraphQLError, type ParseOptions, type ValidationContext, type ValidationRule } from 'graphql';
import { fieldCostRule } from './field-cost.rule';
import { inputLiteralsRule } from './input-literals.rule';

/**
 * How big one operation may be. Set well above what the web app's own operations need
 * (test/web-operations.spec.ts validates each of them against these rules) and low enough that
 * a refused operation costs a parse and a validation of a small document, not a resolver.
 */
export const OPERATION_LIMITS = {
  /** graphql-js stops parsing past this many tokens: the cheapest refusal, before validation. */
  maxTokens: 3_000,
  maxDepth: 12,
  maxAliases: 20,
  maxDirectives: 20,
  /** graphql-armor's shape cost (objects 2, scalars 1, ×1.5 per level). */
  maxShapeCost: 5_000,
} as const;

export const OPERATION_PARSE_OPTIONS: ParseOptions = { maxTokens: OPERATION_LIMITS.maxTokens };

/**
 * graphql-armor's rules throw on rejection by default (Apollo would turn that into an internal
 * error); reported instead, they become GRAPHQL_VALIDATION_FAILED naming the limit.
 */
const reportInstead = {
  propagateOnRejection: false,
  exposeLimits: true,
  onReject: [
    (context: ValidationContext | null, error: GraphQLError) =>
      context?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, ''))),
  ],
};

/** Every validation rule beyond graphql-js's own, for HTTP and WebSocket operations alike. */
export function operationValidationRules(): ValidationRule[] {
  return [
    maxDepthRule({ n: OPERATION_LIMITS.maxDepth, ...reportInstead }) as unknown as ValidationRule,
    maxAliasesRule({ n: OPERATION_LIMITS.maxAliases, ...reportInstead }) as unknown as ValidationRule,
    maxDirectivesRule({ n: OPERATION_LIMITS.maxDirectives, ...reportInstead }) as unknown as ValidationRule,
    costLimitRule({ maxCost: OPERATION_LIMITS.maxShapeCost, ...reportInstead }) as unknown as ValidationRule,
    fieldCostRule(),
    inputLiteralsRule,
  ];
}
