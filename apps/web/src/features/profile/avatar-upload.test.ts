import { describe, expect, it } from 'vitest';
import { MAX_AVATAR_BYTES, uploadAvatar } from './avatar-upload';

const answer = (status: number, body: unknown) =>
  (async () =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })) as typeof fetch;

describe('uploadAvatar', () => {
  it('answers the new picture address', async () => {
    const file = new File([new Uint8Array([1, 2, 3])], 'me.png', { type: 'image/png' });
    const result = await uploadAvatar(file, answer(201, { avatarUrl: '/api/avatars/a/b.webp' }));
    expect(result).toEqual({ avatarUrl: '/api/avatars/a/b.webp' });
  });

  it('shows the server’s message for the file, and refuses an oversize file before sending it', async () => {
    const file = new File([new Uint8Array([1])], 'me.svg');
    const refused = await uploadAvatar(
      file,
      answer(400, { error: { code: 'BAD_USER_INPUT', fields: { file: 'Use a JPEG, PNG, WebP or GIF picture.' } } }),
    );
    expect(refused).toEqual({ error: 'Use a JPEG, PNG, WebP or GIF picture.' });
    let sent = false;
    const big = new File([new Uint8Array(MAX_AVATAR_BYTES + 1)], 'big.jpg');
    const tooBig = await uploadAvatar(big, (async () => {
      sent = true;
      return new Response('{}');
    }) as typeof fetch);
    expect(tooBig.error).toMatch(/larger than 5 MB/);
    expect(sent).toBe(false);
  });
});
