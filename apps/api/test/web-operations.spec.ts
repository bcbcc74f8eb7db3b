import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildSchema, parse, specifiedRules, validate } from 'graphql';
import { operationValidationRules } from '../src/common/graphql/operation-limits';
import { REPO_ROOT } from '../src/config/app-config';
import { operationDocuments } from './web-documents';

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
