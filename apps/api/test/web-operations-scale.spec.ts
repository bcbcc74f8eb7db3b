import * as fs from 'node:fs';
import * as path from 'node:path';
import { type DefinitionNode, Kind, parse, print, visit } from 'graphql';
import { REPO_ROOT } from '../src/config/app-config';
import { PasswordHasher } from '../src/modules/auth/password-hasher';
import { type BulkCohort, createBulkCohort } from '../src/database/bulk/bulk-cohort';
import { startTestApp, type TestApp } from './test-app';

const SIGN_IN = `mutation ($input: SignInInput!) { signIn(input: $input) { id } }`;

/** Every GraphQL document of the web app (apps/web/src/**\/*.graphql), parsed once. */
function webDefinitions(): DefinitionNode[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.graphql')) files.push(full);
    }
  };
  walk(path.join(REPO_ROOT, 'apps/web/src'));
  return files.flatMap((f) => parse(fs.readFileSync(f, 'utf8')).definitions);
}

/** The web app's operation `name` exactly as the page sends it, with every fragment it spreads. */
export function webOperation(name: string, definitions = webDefinitions()): string {
  const operation = definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION && d.name?.value === name);
  if (!operation) throw new Error(`The web app has no operation ${name}`);
  const fragments = new Map(
    definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])),
  );
  const used = new Set<string>();
  const pending: DefinitionNode[] = [operation];
  while (pending.length) {
    visit(pending.pop()!, {
      FragmentSpread(node) {
        if (used.has(node.name.value)) return;
        used.add(node.name.value);
        pending.push(fragments.get(node.name.value)!);
      },
    });
  }
  return [operation, ...[...used].map((f) => fragments.get(f)!)].map((d) => print(d)).join('\n');
}

/**
 * Gives every contribution of the bulk cohort what the prompt page shows under it: a revision,
 * two comments (one replying to a feedback), a reaction from the facilitator, and an attachment.
 */
async function decorate(t: TestApp, bulk: BulkCohort) {
  const q = (sql: string) => t.dataSource.query(sql, [bulk.cohortId]);
  await q(`INSERT INTO contribution_revision (organization_id, contribution_id, version, kind, body, edited_by_id)
           SELECT organization_id, id, 1, kind, 'First draft', author_id FROM contribution WHERE cohort_id = $1`);
  await q(`INSERT INTO comment (organization_id, contribution_id, author_id, body)
           SELECT organization_id, id, author_id, 'Thanks, everyone' FROM contribution WHERE cohort_id = $1`);
  await q(`INSERT INTO comment (organization_id, contribution_id, feedback_id, author_id, body)
           SELECT f.organization_id, f.contribution_id, f.id, f.author_id, 'On your feedback'
             FROM feedback f JOIN contribution c ON c.id = f.contribution_id WHERE c.cohort_id = $1`);
  await q(`INSERT INTO reaction (organization_id, contribution_id, user_id, kind)
           SELECT c.organization_id, c.id, cm.user_id, 'HELPFUL'
             FROM contribution c JOIN cohort_member cm ON cm.cohort_id = c.cohort_id AND cm.role = 'FACILITATOR'
            WHERE c.cohort_id = $1`);
}

/**
 * What the web pages really ask for: each page's own document, loaded from apps/web, at a small and
 * a large cohort; the SQL statement count of each must be the same at both sizes.
 */
describe('the web app’s own operations: statement counts do not grow with the data', () => {
  let t: TestApp;
  let hash: string;
  const definitions = webDefinitions();
  beforeAll(async () => {
    t = await startTestApp();
    hash = await new PasswordHasher().hash('password12');
  });
  afterAll(() => t.close());

  async function measure(members: number, tag: string) {
    const bulk = await createBulkCohort(t.dataSource, {
      members,
      prompts: 2,
      feedbackEach: 2,
      passwordHash: hash,
      tag,
    });
    await decorate(t, bulk);
    const counts: Record<string, number> = {};
    const data: Record<string, any> = {};
    for (const who of ['memberEmail', 'facilitatorEmail'] as const) {
      const client = t.client();
      await client.ok(SIGN_IN, { input: { email: bulk[who], password: 'password12' } });
      for (const [name, variables] of [
        ['Prompt', { id: bulk.promptIds[0] }],
        ['PromptCohort', { id: bulk.cohortId }],
        ['Cohort', { id: bulk.cohortId }],
        ['Cohorts', { organizationId: bulk.organizationId }],
        ['Brief', { huddleId: bulk.huddleId }],
        ['MyQueue', { organizationId: bulk.organizationId }],
        ['Search', { organizationId: bulk.organizationId, query: 'feedback' }],
      ] as const) {
        const res = await client.request(webOperation(name, definitions), variables);
        expect(res.errors).toBeUndefined();
        counts[`${who}:${name}`] = res.extensions!.sqlStatements!;
        data[`${who}:${name}`] = res.data;
      }
    }
    return { counts, data };
  }

  it('Prompt, PromptCohort, Cohort, Cohorts, Brief, MyQueue and Search at 10 and 120 members', async () => {
    const small = await measure(10, 'web-small');
    const large = await measure(120, 'web-large');
    // The page really loaded everything under each contribution, at both sizes.
    for (const [run, n] of [
      [small, 10],
      [large, 120],
    ] as const) {
      const page = run.data['facilitatorEmail:Prompt'].prompt.contributionPage;
      // The first page is 20 at most: what the page costs no longer grows with the prompt.
      expect(page.totalCount).toBe(n);
      expect(page.pageInfo.hasNextPage).toBe(n > 20);
      const contributions = page.nodes;
      expect(contributions).toHaveLength(Math.min(n, 20));
      expect(contributions[0].revisions).toHaveLength(1);
      expect(contributions[0].feedbackPage.nodes.length).toBe(contributions[0].feedbackPage.totalCount);
      expect(contributions[0].comments.length).toBeGreaterThanOrEqual(1);
      expect(contributions[0].reactions[0].count).toBe(1);
    }
    console.info('web operation statements', JSON.stringify({ small: small.counts, large: large.counts }));
    expect(large.counts).toEqual(small.counts);
  });
});
