import * as fs from 'node:fs';
import * as http from 'node:http';
import * as path from 'node:path';
import { createTenant } from '../../../test/factories';
import { startTestApp, type TestApp } from '../../../test/test-app';
import { MAX_UPLOAD_BYTES } from './file-rules';

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
const BOUNDARY = 'openhuddle-test-boundary';
const DATA_DIR = `/tmp/openhuddle-test-stream-uploads-${process.pid}`;

function multipartHead(organizationId: string): Buffer {
  return Buffer.from(
    `--${BOUNDARY}\r\nContent-Disposition: form-data; name="organizationId"\r\n\r\n${organizationId}\r\n` +
      `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="big.png"\r\nContent-Type: image/png\r\n\r\n`,
  );
}

/** Starts a multipart upload of `fileBytes` and sends only `sendBytes` of it unless told to go on. */
function startUpload(
  baseUrl: string,
  opts: { cookie?: string; organizationId: string; fileBytes: number; chunked?: boolean },
) {
  const head = multipartHead(opts.organizationId);
  const tail = Buffer.from(`\r\n--${BOUNDARY}--\r\n`);
  const req = http.request(`${baseUrl}/api/attachments`, {
    method: 'POST',
    headers: {
      'content-type': `multipart/form-data; boundary=${BOUNDARY}`,
      ...(opts.chunked ? {} : { 'content-length': String(head.length + opts.fileBytes + tail.length) }),
      ...(opts.cookie ? { cookie: opts.cookie } : {}),
    },
  });
  const response = new Promise<{ status: number; body: any }>((resolve, reject) => {
    req.on('response', (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text ? JSON.parse(text) : null }));
    });
    req.on('error', reject);
  });
  req.write(Buffer.concat([head, PNG]));
  /** Sends the rest of the file (1 MB chunks, respecting backpressure) and ends; stops if the server closes. */
  const sendRest = async () => {
    const chunk = Buffer.alloc(1024 * 1024);
    for (let sent = PNG.length; sent < opts.fileBytes && !req.destroyed; sent += chunk.length) {
      const piece = chunk.subarray(0, Math.min(chunk.length, opts.fileBytes - sent));
      if (!req.write(piece)) await new Promise((resolve) => req.once('drain', resolve).once('close', resolve));
    }
    if (!req.destroyed) req.end(tail);
  };
  return { req, response, sendRest };
}

describe('attachment uploads stream, downloads serve ranges', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ DATA_DIR });
  });
  afterAll(() => t.close());

  it('refuses an anonymous 25 MB upload before reading its body', async () => {
    const { organization } = await createTenant(t);
    const upload = startUpload(t.baseUrl, { organizationId: organization.id, fileBytes: MAX_UPLOAD_BYTES });
    // Only the headers and the first bytes were sent; the answer comes anyway.
    const res = await upload.response;
    expect(res).toMatchObject({ status: 401, body: { error: { code: 'UNAUTHENTICATED' } } });
    upload.req.destroy();
  });

  it('aborts an upload with 413 once it passes the limit while streaming, leaving no partial file', async () => {
    const { owner, organization } = await createTenant(t);
    const upload = startUpload(t.baseUrl, {
      cookie: owner.cookie!,
      organizationId: organization.id,
      fileBytes: MAX_UPLOAD_BYTES + 2 * 1024 * 1024,
      chunked: true, // no Content-Length: only counting the bytes can tell
    });
    void upload.sendRest().catch(() => undefined);
    const res = await upload.response;
    expect(res).toMatchObject({
      status: 413,
      body: { error: { code: 'BAD_USER_INPUT', fields: { file: expect.any(String) } } },
    });
    const dir = path.join(DATA_DIR, 'uploads', organization.id);
    expect(fs.existsSync(dir) ? fs.readdirSync(dir) : []).toEqual([]);
    const [{ count }] = await t.dataSource.query(
      'SELECT count(*)::int AS count FROM attachment WHERE organization_id = $1',
      [organization.id],
    );
    expect(count).toBe(0);
  });

  it('serves byte ranges (206), refuses impossible ones (416) and says it accepts ranges', async () => {
    const { owner, organization } = await createTenant(t);
    const form = new FormData();
    form.append('organizationId', organization.id);
    form.append('file', new Blob([new Uint8Array(PNG)]), 'pixel.png');
    const up = await fetch(`${t.baseUrl}/api/attachments`, {
      method: 'POST',
      body: form,
      headers: { cookie: owner.cookie! },
    });
    expect(up.status).toBe(201);
    const { url } = (await up.json()) as { url: string };
    const get = (range?: string) =>
      fetch(`${t.baseUrl}${url}`, { headers: { cookie: owner.cookie!, ...(range ? { range } : {}) } });

    const whole = await get();
    expect(whole.status).toBe(200);
    expect(whole.headers.get('accept-ranges')).toBe('bytes');
    expect(Buffer.from(await whole.arrayBuffer()).equals(PNG)).toBe(true);

    const part = await get('bytes=10-19');
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe(`bytes 10-19/${PNG.length}`);
    expect(Buffer.from(await part.arrayBuffer()).equals(PNG.subarray(10, 20))).toBe(true);

    const suffix = await get('bytes=-5');
    expect(suffix.status).toBe(206);
    expect(Buffer.from(await suffix.arrayBuffer()).equals(PNG.subarray(PNG.length - 5))).toBe(true);

    const beyond = await get(`bytes=${PNG.length + 10}-`);
    expect(beyond.status).toBe(416);
    expect(beyond.headers.get('content-range')).toBe(`bytes */${PNG.length}`);
  });
});
