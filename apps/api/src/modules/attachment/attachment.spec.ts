import { createTenant } from '../../../test/factories';
import type { GqlClient } from '../../../test/gql-client';
import { createCohortWorld, openPrompt, PUBLISH_CONTRIBUTION, SAVE_DRAFT } from '../../../test/learning-factories';
import { startTestApp, type TestApp } from '../../../test/test-app';
import { MAX_UPLOAD_BYTES } from './file-rules';

// A real 1×1 PNG.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

async function upload(client: GqlClient, organizationId: string, name: string, bytes: Buffer) {
  const form = new FormData();
  form.append('organizationId', organizationId);
  form.append('file', new Blob([new Uint8Array(bytes)]), name);
  const res = await fetch(`${client.baseUrl}/api/attachments`, {
    method: 'POST',
    body: form,
    headers: client.cookie ? { cookie: client.cookie } : {},
  });
  return { status: res.status, body: (await res.json()) as any };
}

const download = (client: GqlClient, url: string) =>
  fetch(`${client.baseUrl}${url}`, { headers: client.cookie ? { cookie: client.cookie } : {} });

describe('attachments', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ DATA_DIR: `/tmp/openhuddle-test-uploads-${process.pid}` });
  });
  afterAll(() => t.close());

  it('requires authentication and membership of the organization', async () => {
    const world = await createCohortWorld(t, 0);
    expect((await upload(t.client(), world.organization.id, 'a.png', PNG)).status).toBe(401);
    const stranger = await createTenant(t);
    const res = await upload(stranger.owner, world.organization.id, 'a.png', PNG);
    expect(res).toMatchObject({ status: 404, body: { error: { code: 'NOT_FOUND' } } });
  });

  it('judges a file by its content: a script renamed .png is refused, and oversize files too', async () => {
    const world = await createCohortWorld(t, 1);
    const client = world.members[0].client;
    const script = await upload(
      client,
      world.organization.id,
      'cute-cat.png',
      Buffer.from('<script>alert(document.cookie)</script>'),
    );
    expect(script).toMatchObject({
      status: 400,
      body: { error: { code: 'BAD_USER_INPUT', fields: { file: expect.any(String) } } },
    });
    const huge = Buffer.concat([PNG, Buffer.alloc(MAX_UPLOAD_BYTES)]);
    const tooBig = await upload(client, world.organization.id, 'huge.png', huge);
    expect(tooBig).toMatchObject({
      status: 413,
      body: { error: { code: 'BAD_USER_INPUT', fields: { file: expect.any(String) } } },
    });
    const [{ count }] = await t.dataSource.query('SELECT count(*)::int AS count FROM attachment');
    expect(count).toBe(0);
  });

  it('attaches an upload to a contribution and serves it only to those who may see the contribution', async () => {
    const world = await createCohortWorld(t, 3);
    const [author, postedPeer, silentPeer] = world.members;
    const promptId = await openPrompt(world.facilitator.client, world.cohortId, { revealRule: 'POST_FIRST' });
    const up = await upload(author.client, world.organization.id, '../../evidence photo.png', PNG);
    expect(up).toMatchObject({
      status: 201,
      body: { fileName: 'evidence photo.png', contentType: 'image/png', size: PNG.length },
    });
    expect((await download(postedPeer.client, up.body.url)).status).toBe(404); // not attached yet: uploader only

    const { saveDraft } = await author.client.ok(SAVE_DRAFT, {
      input: { promptId, kind: 'EVIDENCE', body: 'See photo', attachmentIds: [up.body.id] },
    });
    await author.client.ok(PUBLISH_CONTRIBUTION, { id: saveDraft.id });
    const theft = await postedPeer.client.fail(SAVE_DRAFT, {
      input: { promptId, kind: 'IDEA', body: 'mine', attachmentIds: [up.body.id] },
    });
    expect(theft.extensions?.fields?.attachmentIds).toBeTruthy();
    const { saveDraft: peerDraft } = await postedPeer.client.ok(SAVE_DRAFT, {
      input: { promptId, kind: 'IDEA', body: 'mine' },
    });
    await postedPeer.client.ok(PUBLISH_CONTRIBUTION, { id: peerDraft.id });

    const ok = await download(postedPeer.client, up.body.url);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toBe('image/png');
    expect(ok.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await ok.arrayBuffer()).equals(PNG)).toBe(true);
    expect((await download(silentPeer.client, up.body.url)).status).toBe(404);
    expect((await download((await createTenant(t)).owner, up.body.url)).status).toBe(404);

    const { contribution } = await world.facilitator.client.ok(
      `query ($id: ID!) { contribution(id: $id) { attachments { fileName contentType url } } }`,
      { id: saveDraft.id },
    );
    expect(contribution.attachments).toEqual([
      { fileName: 'evidence photo.png', contentType: 'image/png', url: up.body.url },
    ]);
  });
});
