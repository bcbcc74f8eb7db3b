import type { FormErrors } from '../../app/graphql-errors';

export interface Attachment {
  id: string;
  fileName: string;
  contentType: string;
  size: number;
  url: string;
}

/** The server's limit (it checks too); refusing earlier saves a long upload. */
export const MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024;

const NETWORK_MESSAGE = 'We could not reach OpenHuddle. Check your connection and try again.';

export type UploadResult =
  { attachment: Attachment; errors?: undefined } | { attachment?: undefined; errors: FormErrors };

/**
 * Uploads one file for the organisation (multipart, with the session cookie). Files travel over
 * plain HTTP, not GraphQL; the answer is the attachment, or errors in the form's shape.
 */
export async function uploadAttachment(
  organizationId: string,
  file: File,
  fetchImpl: typeof fetch = fetch,
): Promise<UploadResult> {
  if (file.size > MAX_ATTACHMENT_BYTES) {
    return { errors: fileError(`${file.name} is larger than 25 MB.`, 'BAD_USER_INPUT') };
  }
  const form = new FormData();
  form.append('organizationId', organizationId);
  form.append('file', file);
  let response: Response;
  try {
    response = await fetchImpl('/api/attachments', { method: 'POST', body: form, credentials: 'same-origin' });
  } catch {
    return { errors: { fields: {}, summary: NETWORK_MESSAGE, code: null } };
  }
  const body: unknown = await response.json().catch(() => null);
  if (response.ok && isAttachment(body)) return { attachment: body };
  return { errors: uploadErrors(response.status, body) };
}

/** Maps a failed upload (`{ error: { code, message, fields: { file } } }`) to form errors on `file`. */
export function uploadErrors(status: number, body: unknown): FormErrors {
  const error = (body as { error?: { code?: unknown; message?: unknown; fields?: Record<string, unknown> } } | null)
    ?.error;
  const code = typeof error?.code === 'string' ? error.code : null;
  const field = error?.fields?.file;
  if (typeof field === 'string') return fileError(field, code);
  if (status === 413) return fileError('This file is larger than 25 MB.', code ?? 'BAD_USER_INPUT');
  if (status === 401 || code === 'UNAUTHENTICATED')
    return { fields: {}, summary: 'Your session has ended. Please sign in again.', code };
  if (status >= 500 || !error)
    return { fields: {}, summary: 'Something went wrong on our side. Please try again.', code };
  return fileError(typeof error.message === 'string' ? error.message : 'This file could not be uploaded.', code);
}

function fileError(message: string, code: string | null): FormErrors {
  return { fields: { file: message }, summary: null, code };
}

function isAttachment(value: unknown): value is Attachment {
  const v = value as Partial<Attachment> | null;
  return typeof v?.id === 'string' && typeof v.url === 'string' && typeof v.fileName === 'string';
}

/** 2.4 MB, 830 KB, 12 bytes. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export const isImage = (a: Pick<Attachment, 'contentType'>) => a.contentType.startsWith('image/');
