import {
  type ASTVisitor,
  type GraphQLCompositeType,
  GraphQLError,
  getNamedType,
  isCompositeType,
  isObjectType,
  isInterfaceType,
  Kind,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';

/**
 * What one call of a field costs beyond the generic shape cost: the fields that compute a lot
 * per call (the brief reads a whole huddle; search scans an organisation). Everything else is 0.
 */
export const FIELD_COSTS: Readonly<Record<string, number>> = {
  'Query.brief': 100,
  'Query.briefMarkdown': 100,
  'Query.search': 50,
};
/** Three briefs (or six searches) in one request; the web app sends one at a time. */
export const MAX_OPERATION_COST = 300;

/**
 * Refuses an operation whose weighted cost is over the budget, counting every alias and every
 * use of a fragment (aliases are how one request asks for the brief a thousand times).
 */
export function fieldCostRule(costs = FIELD_COSTS, budget = MAX_OPERATION_COST) {
  const costList = Object.entries(costs)
    .map(([field, value]) => `${field.split('.')[1]} ${value}`)
    .join(', ');
  return (context: ValidationContext): ASTVisitor => {
    // A fragment's cost depends only on itself: computed once, so spreads that nest cost nothing to count.
    const fragmentCosts = new Map<string, number>();
    const cost = (set: SelectionSetNode, parent: GraphQLCompositeType, seen: ReadonlySet<string>): number => {
      let total = 0;
      for (const selection of set.selections) {
        if (selection.kind === Kind.FIELD) {
          const fields = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields() : {};
          const def = fields[selection.name.value];
          if (!def) continue;
          total += costs[`${parent.name}.${selection.name.value}`] ?? 0;
          const type = getNamedType(def.type);
          if (selection.selectionSet && isCompositeType(type)) total += cost(selection.selectionSet, type, seen);
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          const name = selection.typeCondition?.name.value;
          const type = name ? context.getSchema().getType(name) : parent;
          total += cost(selection.selectionSet, isCompositeType(type) ? type : parent, seen);
        } else {
          const name = selection.name.value;
          const fragment = context.getFragment(name);
          // A fragment spreading itself is refused by NoFragmentCyclesRule; do not loop here.
          if (!fragment || seen.has(name)) continue;
          let fragmentCost = fragmentCosts.get(name);
          if (fragmentCost === undefined) {
            const type = context.getSchema().getType(fragment.typeCondition.name.value);
            fragmentCost = cost(fragment.selectionSet, isCompositeType(type) ? type : parent, new Set([...seen, name]));
            fragmentCosts.set(name, fragmentCost);
          }
          total += fragmentCost;
        }
        if (total > budget) return total;
      }
      return total;
    };
    return {
      OperationDefinition(node) {
        const root = context.getSchema().getRootType(node.operation);
        if (!root) return;
        const total = cost(node.selectionSet, root, new Set());
        if (total > budget) {
          context.reportError(
            new GraphQLError(
              `Operation cost limit of ${budget} exceeded (${costList}): ask for fewer in one request.`,
              { nodes: [node], extensions: { limit: 'cost', max: budget } },
            ),
          );
        }
      },
    };
  };
}
