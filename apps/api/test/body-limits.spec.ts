import { LEARNING_LIMITS } from '@openhuddle/shared';
import { JSON_BODY_LIMIT_BYTES } from '../src/common/http/body-limits';
import { createCohortWorld, openPrompt, SAVE_DRAFT } from './learning-factories';
import { startTestApp, type TestApp } from './test-app';

/** JSON with every non-ASCII character escaped as \uXXXX, as some clients send it. */
const asciiJson = (value: unknown) =>
  JSON.stringify(value).replace(/[\u0080-\uffff]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);

describe('request body limits', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const post = (body: string, cookie?: string) =>
    fetch(`${t.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body,
    });

  it('accepts the longest contribution the product allows, in Chinese, raw or \\u-escaped', async () => {
    const world = await createCohortWorld(t, 1);
    const author = world.members[0].client;
    const promptId = await openPrompt(world.facilitator.client, world.cohortId);
    const body = '学'.repeat(LEARNING_LIMITS.contributionBodyMax);
    const payload = { query: SAVE_DRAFT, variables: { input: { promptId, kind: 'IDEA', body } } };
    for (const json of [JSON.stringify(payload), asciiJson(payload)]) {
      expect(Buffer.byteLength(json)).toBeGreaterThan(140_000);
      const res = await post(json, author.cookie!);
      expect(res.status).toBe(200);
      const result = (await res.json()) as { data?: { saveDraft?: { id: string } }; errors?: unknown };
      expect(result.errors).toBeUndefined();
      const [row] = await t.dataSource.query('SELECT body FROM contribution WHERE id = $1', [
        result.data!.saveDraft!.id,
      ]);
      expect(row.body).toBe(body);
    }
  });

  it('answers a body larger than any valid input with a GraphQL-shaped PAYLOAD_TOO_LARGE', async () => {
    const res = await post(
      JSON.stringify({ query: 'query { me { id } }', variables: { x: 'a'.repeat(JSON_BODY_LIMIT_BYTES) } }),
    );
    expect(res.status).toBe(413);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    expect(await res.json()).toEqual({
      errors: [{ message: expect.stringMatching(/larger/), extensions: { code: 'PAYLOAD_TOO_LARGE' } }],
    });
  });

  it('answers unreadable JSON with a GraphQL-shaped BAD_USER_INPUT', async () => {
    const res = await post('{"query": "query { me { id } }"');
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      errors: [{ message: expect.any(String), extensions: { code: 'BAD_USER_INPUT' } }],
    });
  });
});
