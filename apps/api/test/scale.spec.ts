import { PasswordHasher } from '../src/modules/auth/password-hasher';
import { createBulkCohort } from '../src/database/bulk/bulk-cohort';
import { startTestApp, type TestApp } from './test-app';

const SIGN_IN = `mutation ($input: SignInInput!) { signIn(input: $input) { id } }`;
const PROMPT_PAGE = `query ($id: ID!) { prompt(id: $id) { contributionCount newContributionCount contributions { id author { id displayName }
  reactions { kind count } attachments { id } feedback { id author { displayName } answers { label text } } comments { id } } } }`;
const COHORT_FEED = `query ($id: ID!) { cohort(id: $id) { name members { id } prompts { id title status contributionCount newContributionCount viewerHasPublished } huddles { id } viewerOwes { reviews } } }`;
const BRIEF = `query ($id: ID!) { brief(huddleId: $id) { prompts { contributionCount participation { postedCount } contributions { id excerpt helpfulFeedback { id } } }
  openQuestions { text } themes { label } readers { readCount } completion } }`;

/** Statement counts must not grow with the data: the same operation at two sizes issues the same SQL count. */
describe('statement counts do not grow with the data', () => {
  let t: TestApp;
  let hash: string;
  beforeAll(async () => {
    t = await startTestApp();
    hash = await new PasswordHasher().hash('password12');
  });
  afterAll(() => t.close());

  async function measure(size: { members: number; prompts: number; feedbackEach: number }, tag: string) {
    const bulk = await createBulkCohort(t.dataSource, { ...size, passwordHash: hash, tag });
    const client = t.client();
    await client.ok(SIGN_IN, { input: { email: bulk.memberEmail, password: 'password12' } });
    const results: Record<string, { statements: number; bytes: number; count?: number }> = {};
    for (const [name, query, variables] of [
      ['promptPage', PROMPT_PAGE, { id: bulk.promptIds[0] }],
      ['cohortFeed', COHORT_FEED, { id: bulk.cohortId }],
      ['brief', BRIEF, { id: bulk.huddleId }],
    ] as const) {
      const res = await client.request(query, variables);
      expect(res.errors).toBeUndefined();
      results[name] = { statements: res.extensions!.sqlStatements!, bytes: JSON.stringify(res).length };
    }
    results.promptPage.count = (await client.ok(PROMPT_PAGE, { id: bulk.promptIds[0] })).prompt.contributions.length;
    return results;
  }

  it('prompt page at 10 and 200 contributions, cohort feed, and the brief at 30 and 300 members', async () => {
    const small = await measure({ members: 10, prompts: 2, feedbackEach: 2 }, 'small');
    const large = await measure({ members: 200, prompts: 2, feedbackEach: 3 }, 'large');
    expect(small.promptPage.count).toBe(10);
    expect(large.promptPage.count).toBe(200);
    expect(large.promptPage.statements).toBe(small.promptPage.statements);
    expect(large.cohortFeed.statements).toBe(small.cohortFeed.statements);

    const b30 = await measure({ members: 30, prompts: 10, feedbackEach: 3 }, 'b30');
    const b300 = await measure({ members: 300, prompts: 10, feedbackEach: 3 }, 'b300');
    expect(b300.brief.statements).toBe(b30.brief.statements);
    // Session, huddle with the viewer's access, prompts, members, contributions (issue 4's aim: ≤ 5).
    expect(b300.brief.statements).toBeLessThanOrEqual(5);
    // The first view pages each prompt, so it stays small even for 300 × 10 contributions.
    expect(b300.brief.bytes).toBeLessThan(300 * 1024);
  });
});
