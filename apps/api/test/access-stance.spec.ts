import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Reflector } from '@nestjs/core';
import { buildSchema } from 'graphql';
import { REPO_ROOT } from '../src/config/app-config';
import { AccessGuard } from '../src/common/auth/access.guard';
import { entryPoints } from './entry-points';
import { startTestApp, type TestApp } from './test-app';

describe('every entry point states its access stance', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('covers every root field of the committed schema', () => {
    const schema = buildSchema(fs.readFileSync(path.join(REPO_ROOT, 'apps', 'api', 'schema.graphql'), 'utf8'));
    const inSchema = ['Query', 'Mutation', 'Subscription'].flatMap((root) =>
      Object.keys((schema.getType(root) as { getFields(): object } | undefined)?.getFields() ?? {}).map(
        (field) => `${root}.${field}`,
      ),
    );
    const found = new Set(entryPoints(t.app).operations.map((o) => o.name));
    expect(inSchema.filter((name) => !found.has(name))).toEqual([]);
    expect(inSchema.length).toBeGreaterThan(70);
  });

  it('every root operation declares @Public, @SignedIn, @OrgScoped or @CohortScoped', () => {
    const missing = entryPoints(t.app)
      .operations.filter((o) => !o.stance)
      .map((o) => o.name);
    expect(missing).toEqual([]);
  });

  it('every REST route declares its stance too', () => {
    const { routes } = entryPoints(t.app);
    expect(routes.length).toBeGreaterThanOrEqual(5);
    expect(routes.filter((r) => !r.stance).map((r) => r.name)).toEqual([]);
  });

  it('refuses an entry point that declares no stance (fails closed)', async () => {
    // The real guard, on a REST handler without metadata: FORBIDDEN, not let through.
    class Undeclared {
      handle(): void {}
    }
    const viewers = { viewerFromCookieHeader: async () => null, trackSocket: () => undefined };
    const guard = new AccessGuard(
      new Reflector(),
      viewers as never,
      { create: () => ({}) } as never,
      {} as never,
      {} as never,
    );
    const request = { headers: {}, params: {}, query: {} };
    const context = {
      getType: () => 'http',
      getHandler: () => Undeclared.prototype.handle,
      getClass: () => Undeclared,
      switchToHttp: () => ({ getRequest: () => request }),
    };
    await expect(guard.canActivate(context as never)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
