import { describe, expect, it, vi } from 'vitest';
import { uploadAttachment, uploadErrors, formatSize } from './attachments';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('uploadErrors', () => {
  it('puts the server’s file message beside the file field (a refused type)', () => {
    const body = {
      error: {
        code: 'BAD_USER_INPUT',
        message: 'Invalid input',
        fields: { file: 'This kind of file is not allowed.' },
      },
    };
    expect(uploadErrors(400, body)).toEqual({
      fields: { file: 'This kind of file is not allowed.' },
      summary: null,
      code: 'BAD_USER_INPUT',
    });
  });

  it('explains a 413 even without a body', () => {
    expect(uploadErrors(413, null).fields.file).toBe('This file is larger than 25 MB.');
  });

  it('sends an ended session and server failures to the summary', () => {
    expect(uploadErrors(401, { error: { code: 'UNAUTHENTICATED', message: 'x' } })).toMatchObject({
      fields: {},
      summary: 'Your session has ended. Please sign in again.',
    });
    expect(uploadErrors(500, 'oops').summary).toBe('Something went wrong on our side. Please try again.');
  });
});

describe('uploadAttachment', () => {
  const file = new File([new Uint8Array([1, 2, 3])], 'notes.pdf', { type: 'application/pdf' });

  it('posts the organisation and the file, and returns the attachment', async () => {
    const attachment = {
      id: 'a1',
      fileName: 'notes.pdf',
      contentType: 'application/pdf',
      size: 3,
      url: '/api/attachments/a1',
    };
    const fetchImpl = vi.fn(async () => json(201, attachment));
    await expect(uploadAttachment('o1', file, fetchImpl)).resolves.toEqual({ attachment });
    const [url, init] = fetchImpl.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/attachments');
    expect((init.body as FormData).get('organizationId')).toBe('o1');
    expect(((init.body as FormData).get('file') as File).name).toBe('notes.pdf');
  });

  it('maps a refusal, and a network failure, to form errors', async () => {
    const refused = vi.fn(async () =>
      json(400, { error: { code: 'BAD_USER_INPUT', message: 'no', fields: { file: 'Not an allowed type.' } } }),
    );
    expect((await uploadAttachment('o1', file, refused)).errors?.fields.file).toBe('Not an allowed type.');
    const offline = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    expect((await uploadAttachment('o1', file, offline)).errors?.summary).toMatch(/could not reach/);
  });

  it('refuses a file over 25 MB before sending it', async () => {
    const big = new File([new Uint8Array(1)], 'film.mp4');
    Object.defineProperty(big, 'size', { value: 26 * 1024 * 1024 });
    const fetchImpl = vi.fn();
    expect((await uploadAttachment('o1', big, fetchImpl)).errors?.fields.file).toBe('film.mp4 is larger than 25 MB.');
    expect(fetchImpl).not.toHaveBeenCalled();
  });
});

it('formats sizes', () => {
  expect([formatSize(12), formatSize(2048), formatSize(2.5 * 1024 * 1024)]).toEqual(['12 bytes', '2 KB', '2.5 MB']);
});
