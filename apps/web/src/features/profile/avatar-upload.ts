import { apiPaths } from '@openhuddle/shared';

/** The server's limit (it checks too); refusing earlier saves a long upload. */
export const MAX_AVATAR_BYTES = 5 * 1024 * 1024;

const NETWORK = 'We could not reach OpenHuddle. Check your connection and try again.';

/**
 * Sends one's own picture (multipart, with the session cookie); OpenHuddle re-encodes and serves
 * it. Answers the new picture's address, or the message to show beside the file field.
 */
export async function uploadAvatar(
  file: File,
  fetchImpl: typeof fetch = fetch,
): Promise<{ avatarUrl: string; error?: undefined } | { avatarUrl?: undefined; error: string }> {
  if (file.size > MAX_AVATAR_BYTES) return { error: `${file.name} is larger than 5 MB.` };
  const form = new FormData();
  form.append('file', file);
  let response: Response;
  try {
    response = await fetchImpl(apiPaths.avatar(), { method: 'POST', body: form, credentials: 'same-origin' });
  } catch {
    return { error: NETWORK };
  }
  const body = (await response.json().catch(() => null)) as {
    avatarUrl?: unknown;
    error?: { message?: unknown; fields?: { file?: unknown } };
  } | null;
  if (response.ok && typeof body?.avatarUrl === 'string') return { avatarUrl: body.avatarUrl };
  if (typeof body?.error?.fields?.file === 'string') return { error: body.error.fields.file };
  if (response.status === 413) return { error: 'This picture is larger than 5 MB.' };
  if (response.status === 401) return { error: 'Your session has ended. Please sign in again.' };
  return { error: 'Something went wrong on our side. Please try again.' };
}

export async function removeAvatar(fetchImpl: typeof fetch = fetch): Promise<string | null> {
  try {
    const response = await fetchImpl(apiPaths.avatar(), { method: 'DELETE', credentials: 'same-origin' });
    return response.ok ? null : 'The picture could not be removed. Please try again.';
  } catch {
    return NETWORK;
  }
}
