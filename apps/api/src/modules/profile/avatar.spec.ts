import sharp from 'sharp';
import { createTenant } from '../../../test/factories';
import type { GqlClient } from '../../../test/gql-client';
import { createCohortWorld } from '../../../test/learning-factories';
import { startTestApp, type TestApp } from '../../../test/test-app';
import { AVATAR_RULES } from './avatar.service';

const ME = `{ me { avatarUrl } }`;
const UPDATE = `mutation ($input: UpdateProfileInput!) { updateProfile(input: $input) { avatarUrl } }`;

async function upload(client: GqlClient, name: string, bytes: Buffer) {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)]), name);
  const res = await fetch(`${client.baseUrl}/api/avatar`, {
    method: 'POST',
    body: form,
    headers: client.cookie ? { cookie: client.cookie } : {},
  });
  return { status: res.status, body: (await res.json()) as any };
}

const download = (client: GqlClient, url: string) =>
  fetch(`${client.baseUrl}${url}`, { headers: client.cookie ? { cookie: client.cookie } : {} });

/** A photo as a phone takes it: a JPEG with EXIF (here a copyright line standing in for GPS). */
const photo = () =>
  sharp({ create: { width: 900, height: 600, channels: 3, background: '#2f6b4f' } })
    .jpeg()
    .withExif({ IFD0: { Copyright: 'GPS 51.5007 -0.1246 (home)' } })
    .toBuffer();

describe('avatars are uploaded to and served by OpenHuddle', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ DATA_DIR: `/tmp/openhuddle-test-avatars-${process.pid}` });
  });
  afterAll(() => t.close());

  it('a photo becomes a 256 px WebP without its metadata, seen by colleagues and by nobody outside the organisation', async () => {
    const world = await createCohortWorld(t, 1);
    const member = world.members[0].client;
    expect((await upload(t.client(), 'me.jpg', await photo())).status).toBe(401);

    const saved = await upload(member, 'me.jpg', await photo());
    expect(saved.status).toBe(201);
    expect(saved.body.avatarUrl).toMatch(/^\/api\/avatars\/[0-9a-f-]{36}\/[0-9a-f-]{36}\.webp$/);
    expect((await member.ok(ME)).me.avatarUrl).toBe(saved.body.avatarUrl);

    const seen = await download(world.facilitator.client, saved.body.avatarUrl);
    expect(seen.status).toBe(200);
    expect(seen.headers.get('content-type')).toBe('image/webp');
    expect(seen.headers.get('x-content-type-options')).toBe('nosniff');
    const picture = await sharp(Buffer.from(await seen.arrayBuffer())).metadata();
    expect(picture).toMatchObject({ format: 'webp', width: AVATAR_RULES.size, height: AVATAR_RULES.size });
    expect(picture.exif).toBeUndefined();

    const stranger = await createTenant(t);
    const refused = await download(stranger.owner, saved.body.avatarUrl);
    expect(refused.status).toBe(404);
    expect(await refused.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
    expect((await download(t.client(), saved.body.avatarUrl)).status).toBe(401);
  });

  it('refuses what is not a picture, and too many bytes, changing nothing', async () => {
    const world = await createCohortWorld(t, 1);
    const member = world.members[0].client;
    const first = await upload(member, 'me.jpg', await photo());
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>',
    );
    for (const [name, bytes] of [
      ['me.svg', svg],
      ['cat.png', Buffer.from('<script>alert(document.cookie)</script>')],
      ['empty.png', Buffer.alloc(0)],
    ] as const) {
      const res = await upload(member, name, bytes);
      expect(res).toMatchObject({
        status: 400,
        body: { error: { code: 'BAD_USER_INPUT', fields: { file: expect.any(String) } } },
      });
    }
    const huge = await upload(member, 'huge.jpg', Buffer.alloc(AVATAR_RULES.maxBytes + 1024, 1));
    expect(huge.status).toBe(413);
    expect((await member.ok(ME)).me.avatarUrl).toBe(first.body.avatarUrl);
    expect((await download(world.facilitator.client, first.body.avatarUrl)).status).toBe(200);
  });

  it('a new picture replaces the old one, an address on another site is refused, and null removes it', async () => {
    const world = await createCohortWorld(t, 1);
    const member = world.members[0].client;
    const first = await upload(member, 'one.jpg', await photo());
    const second = await upload(member, 'two.jpg', await photo());
    expect(second.body.avatarUrl).not.toBe(first.body.avatarUrl);
    expect((await download(world.facilitator.client, first.body.avatarUrl)).status).toBe(404);

    const external = await member.fail(UPDATE, { input: { avatarUrl: 'https://tracker.example/pixel.png' } });
    expect(external.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { avatarUrl: expect.any(String) } });
    expect((await member.ok(ME)).me.avatarUrl).toBe(second.body.avatarUrl);

    expect((await member.ok(UPDATE, { input: { avatarUrl: null } })).updateProfile.avatarUrl).toBeNull();
    expect((await download(world.facilitator.client, second.body.avatarUrl)).status).toBe(404);
  });
});
