import { GraphQLSchemaHost } from '@nestjs/graphql';
import { isObjectType, type GraphQLSchema } from 'graphql';
import type { GqlClient } from './gql-client';
import { type KnownIds, operationFor, VARIANTS } from './input-generator';
import { scheduleHuddle } from './huddle-factories';
import { createCohortWorld, openPrompt, post } from './learning-factories';
import { startTestApp, type TestApp } from './test-app';

/** Would end the caller's session: the rest of the run must stay signed in. */
const SKIP = new Set(['signOut']);
/** Run last, so the world's cohort, prompt, contribution and huddle exist for every other field. */
const DESTRUCTIVE = /^(delete|remove|cancel|end|revoke)/;

/**
 * Every root query and mutation, called with arguments generated from the schema and made bad in
 * each way a client can (malformed ids, empty / NUL / 100k-character strings, unknown enum values,
 * 5,000-item lists), as a cohort member and as the organisation's owner: no answer may be an
 * INTERNAL_SERVER_ERROR, and every error carries a code (PRODUCT.md rule 6).
 */
describe('bad input to every root field', () => {
  let t: TestApp;
  let schema: GraphQLSchema;
  let callers: { role: string; client: GqlClient }[];
  let known: KnownIds;

  beforeAll(async () => {
    t = await startTestApp();
    schema = t.app.get(GraphQLSchemaHost).schema;
    const world = await createCohortWorld(t, 1);
    const promptId = await openPrompt(world.facilitator.client, world.cohortId);
    const contributionId = await post(world.members[0]!.client, promptId);
    const [huddle] = await scheduleHuddle(world.facilitator.client, world.cohortId, [promptId]);
    known = {
      organizationId: world.organization.id,
      cohortId: world.cohortId,
      promptId,
      contributionId,
      huddleId: huddle!.id,
    };
    callers = [
      { role: 'member', client: world.members[0]!.client },
      { role: 'owner', client: world.facilitator.client },
    ];
  }, 120_000);
  afterAll(() => t.close());

  for (const operation of ['query', 'mutation'] as const) {
    it(`${operation} fields never fail with INTERNAL_SERVER_ERROR`, async () => {
      const root = operation === 'query' ? schema.getQueryType() : schema.getMutationType();
      if (!isObjectType(root)) throw new Error(`no ${operation} type`);
      const failures: string[] = [];
      let calls = 0;
      const fields = Object.values(root.getFields()).sort(
        (a, b) => Number(DESTRUCTIVE.test(a.name)) - Number(DESTRUCTIVE.test(b.name)),
      );
      for (const field of fields) {
        if (SKIP.has(field.name)) continue;
        for (const variant of VARIANTS) {
          const { query, variables, applied } = operationFor(operation, field, variant, known);
          if (variant !== 'valid' && !applied) continue;
          for (const { role, client } of callers) {
            calls++;
            const res = await client.request(query, variables);
            // Anything but a GraphQL answer (an HTTP 413 from the body parser, say) has no code either.
            if (res.data === undefined && !res.errors)
              failures.push(`${field.name} [${variant}, ${role}]: not a GraphQL response`);
            for (const error of res.errors ?? []) {
              const code = error.extensions?.code;
              if (!code || code === 'INTERNAL_SERVER_ERROR') {
                failures.push(
                  `${field.name} [${variant}, ${role}]: ${code ?? 'no code'} ${error.message.slice(0, 160)}`,
                );
              }
            }
          }
        }
      }
      expect(calls).toBeGreaterThan(operation === 'query' ? 40 : 200);
      expect(failures).toEqual([]);
    }, 300_000);
  }
});
