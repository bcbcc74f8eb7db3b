import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import * as tarStream from 'tar-stream';
import { FileStorage } from '../../common/storage/storage';
import { addMember, createTenant, uploadAvatar } from '../../../test/factories';
import {
  fetchOrganizationExport,
  PNG,
  readArchive,
  rowsOf,
  uploadAttachment,
} from '../../../test/organization-export-helpers';
import {
  ADD_COHORT_MEMBERS,
  CREATE_COHORT,
  createCohortWorld,
  openPrompt,
  post,
  PUBLISH_CONTRIBUTION,
  SAVE_DRAFT,
} from '../../../test/learning-factories';
import { startTestApp, type TestApp } from '../../../test/test-app';
import {
  EXPORTED_TABLES,
  LEFT_OUT_TABLES,
  ORGANIZATION_ARCHIVE_FORMAT,
  type OrganizationManifest,
  USER_TABLE,
} from './organization-archive';
import { ImportRefused, importOrganization } from './organization-import';

const AUDIT = `query ($org: ID!) { auditEvents(organizationId: $org, action: ORGANIZATION_EXPORTED) { nodes { action actorId subjectId } } }`;

describe('the organisation export', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('covers every table of the schema: exported, or left out with a reason', async () => {
    const rows: { table_name: string }[] = await t.dataSource.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
    );
    const known = new Set([...EXPORTED_TABLES.map((x) => x.name), USER_TABLE.name, ...Object.keys(LEFT_OUT_TABLES)]);
    expect(rows.map((r) => r.table_name).filter((name) => !known.has(name))).toEqual([]);
  });

  it('is for owners and admins of the organisation only: 401 signed out, 404 elsewhere, 403 for members', async () => {
    const world = await createCohortWorld(t, 1);
    const other = await createTenant(t, 'Roosevelt Middle');
    expect((await fetchOrganizationExport(t.client(), world.organization.id)).status).toBe(401);
    const elsewhere = await fetchOrganizationExport(other.owner, world.organization.id);
    expect(elsewhere.status).toBe(404);
    expect((await fetchOrganizationExport(other.owner, 'not-an-id')).status).toBe(404);
    expect((await fetchOrganizationExport(world.members[0]!.client, world.organization.id)).status).toBe(403);
    const admin = await addMember(t, world.facilitator.client, world.organization.id, 'ADMIN');
    const res = await fetchOrganizationExport(admin.client, world.organization.id);
    expect(res.status).toBe(200);
    await res.arrayBuffer();
  });

  it("follows the rules of every path: nobody's drafts, and anonymous authors only for their cohorts' facilitators", async () => {
    const world = await createCohortWorld(t, 2);
    const [author, peer] = world.members;
    const promptId = await openPrompt(world.facilitator.client, world.cohortId, { anonymity: 'TO_PEERS' });
    await post(author!.client, promptId, 'Anonymous: my exit tickets flopped.');
    await peer!.client.ok(SAVE_DRAFT, { input: { promptId, kind: 'IDEA', body: 'Draft nobody else may read' } });
    const admin = await addMember(t, world.facilitator.client, world.organization.id, 'ADMIN');

    // An admin outside the cohort reads it as an observer (rule 2): the archive would name the author.
    const refused = await fetchOrganizationExport(admin.client, world.organization.id);
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { error: { code: string; message: string } }).error).toEqual({
      code: 'FORBIDDEN',
      message: expect.stringContaining('Grade 7 Math PLC'),
    });

    // Added as facilitator (which the cohort sees), the admin may export; drafts still stay home.
    await world.facilitator.client.ok(ADD_COHORT_MEMBERS, {
      input: { cohortId: world.cohortId, userIds: [admin.person.id], role: 'FACILITATOR' },
    });
    const res = await fetchOrganizationExport(admin.client, world.organization.id);
    expect(res.status).toBe(200);
    const entries = await readArchive(Buffer.from(await res.arrayBuffer()));
    expect(rowsOf(entries, 'contribution').map((c) => c.body)).toEqual(['Anonymous: my exit tickets flopped.']);
    const everything = [...entries.values()].map((b) => b.toString('utf8')).join('\n');
    expect(everything).not.toContain('Draft nobody else may read');
  });

  it('streams every row and file of the organisation, nothing of another, no secret, and is audited', async () => {
    const world = await createCohortWorld(t, 2);
    const [author, peer] = world.members;
    const { organization } = world;
    await uploadAvatar(author!.client);
    const promptId = await openPrompt(world.facilitator.client, world.cohortId, { anonymity: 'TO_PEERS' });
    const attachment = await uploadAttachment(author!.client, organization.id, 'exit ticket.png');
    const { saveDraft } = await author!.client.ok(SAVE_DRAFT, {
      input: {
        promptId,
        kind: 'EVIDENCE',
        body: 'Exit tickets, sorted in three piles.',
        attachmentIds: [attachment.id],
      },
    });
    await author!.client.ok(PUBLISH_CONTRIBUTION, { id: saveDraft.id });
    await post(peer!.client, promptId, 'Mini whiteboards for every pair.');
    // Another tenant with its own cohort and contribution, which must not travel along.
    const other = await createTenant(t, 'Roosevelt Middle');
    const { createCohort } = await other.owner.ok(CREATE_COHORT, {
      input: { organizationId: other.organization.id, name: 'Roosevelt secret cohort' },
    });
    await post(other.owner, await openPrompt(other.owner, createCohort.id), 'Roosevelt secret contribution');

    const res = await fetchOrganizationExport(world.facilitator.client, organization.id);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/gzip');
    expect(res.headers.get('content-disposition')).toMatch(
      new RegExp(`^attachment; filename="openhuddle-${organization.slug}-\\d{4}-\\d\\d-\\d\\d\\.tar\\.gz"$`),
    );
    expect(res.headers.get('content-length')).toBeNull(); // streamed, not assembled first
    const entries = await readArchive(Buffer.from(await res.arrayBuffer()));

    const manifest = JSON.parse(entries.get('manifest.json')!.toString()) as OrganizationManifest;
    expect(manifest.organization).toEqual({ id: organization.id, name: organization.name, slug: organization.slug });
    expect(manifest.tables.find((x) => x.name === 'contribution')?.rows).toBe(2);
    expect(rowsOf(entries, 'organization')).toEqual([expect.objectContaining({ id: organization.id })]);
    expect(
      rowsOf(entries, 'contribution')
        .map((c) => c.body)
        .sort(),
    ).toEqual(['Exit tickets, sorted in three piles.', 'Mini whiteboards for every pair.']);
    expect(rowsOf(entries, 'membership')).toHaveLength(5);
    // Its people, without their passwords; its files, byte for byte.
    const people = rowsOf(entries, 'user');
    expect(people.map((u) => u.id).sort()).toEqual(
      [world.facilitator.id, author!.id, peer!.id, world.observer.id, world.outsider.id].sort(),
    );
    expect(people.every((u) => !('password_hash' in u))).toBe(true);
    expect(entries.get(`files/${organization.id}/${attachment.id}`)).toEqual(PNG);
    const avatar = people.find((u) => u.id === author!.id)!.avatar_url as string;
    const picture = entries.get(`files/avatars/${author!.id}/${avatar.split('/').at(-1)!.replace('.webp', '')}`);
    expect(picture?.subarray(8, 12).toString()).toBe('WEBP');

    const everything = [...entries.values()].map((b) => b.toString('latin1')).join('\n');
    expect(everything).not.toContain('Roosevelt');
    expect(everything).not.toContain(other.organization.id);
    expect(everything).not.toContain(other.ownerUser.id);
    expect(everything).not.toMatch(/\$argon2/); // password hashes
    expect(everything).not.toMatch(/token_hash|password_hash|client_secret_sealed|state_hash/);
    expect([...entries.keys()].filter((name) => /session|invitation|unsubscribe|mail_message/.test(name))).toEqual([]);

    const { auditEvents } = await world.facilitator.client.ok(AUDIT, { org: organization.id });
    expect(auditEvents.nodes).toEqual([
      { action: 'ORGANIZATION_EXPORTED', actorId: world.facilitator.id, subjectId: organization.id },
    ]);
  });
});

describe('importing something that is not an export of this schema', () => {
  let t: TestApp & { databaseUrl: string };
  let dir: string;
  beforeAll(async () => {
    t = await startTestApp();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'openhuddle-import-refused-'));
  });
  afterAll(async () => {
    await t.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  async function archiveOf(entries: Record<string, string>): Promise<string> {
    const pack = tarStream.pack();
    for (const [name, text] of Object.entries(entries)) pack.entry({ name }, text);
    pack.finalize();
    const file = path.join(dir, `${Object.keys(entries).length}-${Date.now()}.tar.gz`);
    await pipeline(pack as unknown as Readable, createGzip(), fs.createWriteStream(file));
    return file;
  }

  it('refuses it and changes nothing', async () => {
    const storage = t.app.get(FileStorage, { strict: false });
    const organizations = async () => (await t.dataSource.query(`SELECT count(*)::int AS n FROM organization`))[0].n;
    const before = await organizations();
    const notAnExport = await archiveOf({ 'hello.txt': 'hi' });
    await expect(importOrganization({ databaseUrl: t.databaseUrl, storage, file: notAnExport })).rejects.toThrow(
      ImportRefused,
    );
    const newer = await archiveOf({
      'manifest.json': JSON.stringify({
        format: ORGANIZATION_ARCHIVE_FORMAT,
        organization: { id: randomUUID(), name: 'From the future', slug: 'future' },
        migrations: ['Foundation1795631199033', 'FromTheFuture1899999999999'],
        tables: [],
        files: [],
      }),
    });
    await expect(importOrganization({ databaseUrl: t.databaseUrl, storage, file: newer })).rejects.toThrow(
      /older than the archive: migrate it first \(missing FromTheFuture1899999999999\)/,
    );
    expect(await organizations()).toBe(before);
  });
});
