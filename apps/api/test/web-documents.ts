import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  type DefinitionNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  Kind,
  type OperationDefinitionNode,
  parse,
  print,
  visit,
} from 'graphql';
import { OPERATION_PARSE_OPTIONS } from '../src/common/graphql/operation-limits';
import { REPO_ROOT } from '../src/config/app-config';

const WEB_SRC = path.join(REPO_ROOT, 'apps', 'web', 'src');

function graphqlFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : graphqlFiles(full);
    return entry.name.endsWith('.graphql') ? [full] : [];
  });
}

/** Each operation with the fragments it uses (from any file), as the web app sends it. */
export function operationDocuments(): { name: string; document: DocumentNode }[] {
  const definitions: DefinitionNode[] = graphqlFiles(WEB_SRC).flatMap(
    (file) => parse(fs.readFileSync(file, 'utf8'), OPERATION_PARSE_OPTIONS).definitions,
  );
  const fragments = new Map(
    definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const withFragments = (operation: OperationDefinitionNode): DocumentNode => {
    const used = new Map<string, FragmentDefinitionNode>();
    const collect = (node: OperationDefinitionNode | FragmentDefinitionNode) =>
      visit(node, {
        FragmentSpread(spread) {
          const fragment = fragments.get(spread.name.value);
          if (fragment && !used.has(fragment.name.value)) {
            used.set(fragment.name.value, fragment);
            collect(fragment);
          }
        },
      });
    collect(operation);
    return { kind: Kind.DOCUMENT, definitions: [operation, ...used.values()] };
  };
  return definitions
    .filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)
    .map((operation) => ({ name: operation.name?.value ?? '(anonymous)', document: withFragments(operation) }));
}

/**
 * A web page's operation exactly as the browser sends it, with the fragments it spreads: specs
 * then read the same fields as the page.
 */
export function webOperation(name: string): string {
  const found = operationDocuments().find((o) => o.name === name);
  if (!found) throw new Error(`no web operation named ${name}`);
  return print(found.document);
}
