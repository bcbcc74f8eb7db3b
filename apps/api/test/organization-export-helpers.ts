import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import * as tarStream from 'tar-stream';
import type { GqlClient } from './gql-client';

// A real 1×1 PNG.
export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

/** Uploads a file as the attachment form does; returns the saved attachment. */
export async function uploadAttachment(client: GqlClient, organizationId: string, name: string, bytes = PNG) {
  const form = new FormData();
  form.append('organizationId', organizationId);
  form.append('file', new Blob([new Uint8Array(bytes)]), name);
  const res = await fetch(`${client.baseUrl}/api/attachments`, {
    method: 'POST',
    body: form,
    headers: client.cookie ? { cookie: client.cookie } : {},
  });
  if (res.status !== 201) throw new Error(`upload answered ${res.status}`);
  return (await res.json()) as { id: string; url: string; size: number };
}

/** GET /api/organizations/:id/export as `client`, the way the Data settings button downloads it. */
export const fetchOrganizationExport = (client: GqlClient, organizationId: string) =>
  fetch(`${client.baseUrl}/api/organizations/${organizationId}/export`, {
    headers: client.cookie ? { cookie: client.cookie } : {},
  });

/** Every entry of a .tar.gz, by name. */
export async function readArchive(archive: Buffer): Promise<Map<string, Buffer>> {
  const entries = new Map<string, Buffer>();
  const extract = tarStream.extract();
  Readable.from([archive])
    .pipe(createGunzip())
    .pipe(extract as unknown as NodeJS.WritableStream);
  for await (const entry of extract) {
    const chunks: Buffer[] = [];
    for await (const chunk of entry) chunks.push(chunk as Buffer);
    entries.set(entry.header.name, Buffer.concat(chunks));
  }
  return entries;
}

/** The rows of one table in an archive. */
export function rowsOf(entries: Map<string, Buffer>, table: string): Record<string, any>[] {
  const data = entries.get(`data/${table}.ndjson`);
  if (!data) throw new Error(`no data/${table}.ndjson in the archive`);
  return data
    .toString('utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, any>);
}
