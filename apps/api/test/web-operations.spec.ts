import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  buildSchema,
  type DefinitionNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  Kind,
  type OperationDefinitionNode,
  parse,
  specifiedRules,
  validate,
  visit,
} from 'graphql';
import { OPERATION_PARSE_OPTIONS, operationValidationRules } from '../src/common/graphql/operation-limits';
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
function operationDocuments(): { name: string; document: DocumentNode }[] {
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

describe("the web app's operations", () => {
  const schema = buildSchema(fs.readFileSync(path.join(REPO_ROOT, 'apps', 'api', 'schema.graphql'), 'utf8'));
  const rules = [...specifiedRules, ...operationValidationRules()];
  const operations = operationDocuments();

  it('are all found', () => {
    expect(operations.length).toBeGreaterThan(50);
    expect(operations.map((o) => o.name)).toEqual(expect.arrayContaining(['Brief', 'Search', 'Viewer']));
  });

  it.each(operations.map((o) => [o.name, o.document] as const))(
    '%s passes the API validation rules and limits',
    (_name, document) => {
      expect(validate(schema, document, rules).map((e) => e.message)).toEqual([]);
    },
  );

  it('the same rules do refuse an abusive operation (so the check above can fail)', () => {
    const briefs = Array.from({ length: 4 }, (_, i) => `b${i}: briefMarkdown(huddleId: $id)`).join(' ');
    const document = parse(`query ($id: ID!) { ${briefs} }`);
    expect(validate(schema, document, rules).map((e) => e.message)).toEqual([
      expect.stringMatching(/^Operation cost limit of 300 exceeded/),
    ]);
  });
});
