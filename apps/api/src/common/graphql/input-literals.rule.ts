import type { ASTVisitor, ValidationContext } from 'graphql';
import { badInputError, checkLiteral, fieldCollector } from './input-values';

/**
 * Inline argument values (`cohort(id: "0")`) checked like variables, at validation, so the
 * error names the field and is BAD_USER_INPUT rather than a database error in a resolver.
 */
export function inputLiteralsRule(context: ValidationContext): ASTVisitor {
  return {
    Argument(node) {
      const arg = context.getArgument();
      if (!arg) return;
      const { fields, report } = fieldCollector();
      checkLiteral(node.value, arg.type, [node.name.value], report);
      if (Object.keys(fields).length) context.reportError(badInputError(fields, [node]));
    },
  };
}
