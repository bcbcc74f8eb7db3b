import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { FileStorage, LocalDiskStorage } from '../src/common/storage/storage';
import { AppConfig, REPO_ROOT } from '../src/config/app-config';
import { DEMO_ACCOUNTS, seedDemo } from '../src/database/seed/demo-seed';
import { NO_PASSWORD } from '../src/modules/organization-export/organization-archive';
import { importOrganization } from '../src/modules/organization-export/organization-import';
import { signUp } from './factories';
import type { GqlClient } from './gql-client';
import { ADD_COHORT_MEMBERS, GIVE_FEEDBACK, openPrompt, post } from './learning-factories';
import { fetchOrganizationExport, readArchive, uploadAttachment } from './organization-export-helpers';
import { startTestApp, type TestApp } from './test-app';
import { webOperation } from './web-documents';

const SIGN_IN = `mutation ($input: SignInInput!) { signIn(input: $input) { id } }`;
const REQUEST_RESET = `mutation ($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }`;
const RESET = `mutation ($input: ResetPasswordInput!) { resetPassword(input: $input) { id } }`;
const ME = `query { me { id organizations { id slug } } }`;
const HIDE = `mutation ($input: HideContentInput!) { hideContent(input: $input) { subjectId } }`;
const COMMENT = `mutation ($input: AddCommentInput!) { addComment(input: $input) { id } }`;
const SAVE_DRAFT = `mutation ($input: SaveDraftInput!) { saveDraft(input: $input) { id } }`;
const NEW_PASSWORD = 'a new instance, a new password';

const run = promisify(execFile);

/** The people whose pages are compared: facilitator, owner (who exports, so facilitates the cohort), two members. */
const PEOPLE = [
  DEMO_ACCOUNTS.facilitator.email,
  DEMO_ACCOUNTS.owner.email,
  DEMO_ACCOUNTS.member.email,
  DEMO_ACCOUNTS.all[4]!.email,
];

async function signIn(t: TestApp, email: string, password = DEMO_ACCOUNTS.password): Promise<GqlClient> {
  const client = t.client();
  await client.ok(SIGN_IN, { input: { email, password } });
  return client;
}

/** An imported person has no password: they set one through "Forgot password", as on the sign-in page. */
async function resetAndSignIn(t: TestApp, email: string): Promise<GqlClient> {
  const client = t.client();
  await client.ok(REQUEST_RESET, { input: { email } });
  const link = await t.mailbox.link(email, '/reset-password');
  await client.ok(RESET, { input: { token: link.searchParams.get('token'), newPassword: NEW_PASSWORD } });
  return client;
}

/**
 * What a person's Cohort, Prompt, Huddle and Brief pages answer, for every cohort, prompt and
 * huddle they can open in the organisation (the web app's own operations), as one JSON text.
 */
async function pagesOf(client: GqlClient, organizationId: string): Promise<string> {
  const { cohorts } = await client.ok(webOperation('Cohorts'), { organizationId });
  const pages: Record<string, unknown> = { cohorts };
  for (const { id } of cohorts as { id: string }[]) {
    const { cohort } = await client.ok(webOperation('Cohort'), { id });
    pages[`cohort ${id}`] = cohort;
    for (const prompt of cohort.prompts as { id: string }[])
      pages[`prompt ${prompt.id}`] = await client.request(webOperation('Prompt'), { id: prompt.id });
    const { cohort: withHuddles } = await client.ok(webOperation('CohortHuddles'), { id });
    for (const huddle of withHuddles.huddles as { id: string }[]) {
      pages[`huddle ${huddle.id}`] = await client.request(webOperation('Huddle'), { id: huddle.id });
      pages[`brief ${huddle.id}`] = await client.request(webOperation('Brief'), { huddleId: huddle.id });
    }
  }
  pages.plan = await client.request(webOperation('Plan'), { organizationId });
  // Cursors encode ids (base64): renewed ids give other cursors for the same page, tested elsewhere.
  return JSON.stringify(pages, null, 1).replace(/"endCursor": "[^"]*"/g, '"endCursor": "(cursor)"');
}

/** Pages as compared: who posted is a set (its order follows ids, which a matched person changes). */
function comparable(pages: string): unknown {
  return JSON.parse(pages, (key, value: unknown) =>
    key === 'postedMemberIds' && Array.isArray(value) ? [...(value as string[])].sort() : value,
  );
}

describe('moving an organisation: export, import into an empty instance, the same pages', () => {
  let source: TestApp;
  let target: TestApp & { databaseUrl: string };
  let targetDir: string;
  beforeAll(async () => {
    targetDir = fs.mkdtempSync(path.join(os.tmpdir(), 'openhuddle-target-'));
    [source, target] = await Promise.all([startTestApp(), startTestApp({ DATA_DIR: targetDir })]);
  });
  afterAll(async () => {
    await Promise.all([source.close(), target.close()]);
    fs.rmSync(targetDir, { recursive: true, force: true });
  });

  it('recreates the organisation with its people, content and files; every page answers the same', async () => {
    // The demo organisation (cohort, teams, prompts in every state, feedback, huddles with minutes,
    // the plan, attachments, a pulse, a template), plus an anonymous prompt, hidden work, a reply, a draft.
    expect(await seedDemo(source.dataSource, source.app.get(FileStorage, { strict: false }))).toBe(true);
    const facilitator = await signIn(source, DEMO_ACCOUNTS.facilitator.email);
    const member = await signIn(source, DEMO_ACCOUNTS.member.email);
    const peer = await signIn(source, DEMO_ACCOUNTS.all[4]!.email);
    const { me } = await facilitator.ok(ME);
    const organizationId = me.organizations[0].id as string;
    const { cohorts } = await facilitator.ok(webOperation('Cohorts'), { organizationId });
    const cohortId = cohorts[0].id as string;
    const anonymous = await openPrompt(facilitator, cohortId, {
      title: 'What still puzzles you about grading?',
      anonymity: 'TO_PEERS',
    });
    const attachment = await uploadAttachment(member, organizationId, 'rubric.png');
    const { saveDraft } = await member.ok(SAVE_DRAFT, {
      input: { promptId: anonymous, kind: 'QUESTION', body: 'Why do we average?', attachmentIds: [attachment.id] },
    });
    await member.ok(`mutation ($id: ID!) { publishContribution(id: $id) { id } }`, { id: saveDraft.id });
    const hidden = await post(peer, anonymous, 'Off-topic rant about parking.');
    await facilitator.ok(HIDE, { input: { subjectType: 'CONTRIBUTION', subjectId: hidden, reason: 'Off topic' } });
    await facilitator.ok(GIVE_FEEDBACK, {
      input: {
        contributionId: saveDraft.id,
        answers: [
          { sectionKey: 'glow', text: 'A question many share.' },
          { sectionKey: 'grow', text: 'Try standards-based columns.' },
        ],
      },
    });
    const { addComment } = await peer.ok(COMMENT, { input: { contributionId: saveDraft.id, body: 'Same here.' } });
    await member.ok(COMMENT, { input: { contributionId: saveDraft.id, body: 'Glad.', parentId: addComment.id } });
    // The archive names anonymous authors: its exporter must be one of their cohort's facilitators (rule 3).
    const owner = await signIn(source, DEMO_ACCOUNTS.owner.email);
    const { me: ownerMe } = await owner.ok(ME);
    await owner.ok(ADD_COHORT_MEMBERS, { input: { cohortId, userIds: [ownerMe.id], role: 'FACILITATOR' } });

    const before = new Map<string, string>();
    for (const email of PEOPLE) before.set(email, await pagesOf(await signIn(source, email), organizationId));
    expect(before.get(DEMO_ACCOUNTS.member.email)).toContain('Why do we average?');
    expect(before.get(DEMO_ACCOUNTS.member.email)).not.toContain('Off-topic rant');
    // The facilitator's pages all answer (no error), minutes and brief included: the comparison is not empty.
    const facilitatorPages = before.get(DEMO_ACCOUNTS.facilitator.email)!;
    expect(facilitatorPages).not.toContain('"errors"');
    expect(facilitatorPages).toMatch(/"minutes": "[^"]+/);
    expect(facilitatorPages).toContain('"brief"');
    expect(facilitatorPages).toContain('Why do we average?');

    // Drafts are their author's alone (rule 5): one written now does not travel (nor do the demo's).
    await peer.ok(SAVE_DRAFT, { input: { promptId: anonymous, kind: 'IDEA', body: 'Half-written thought.' } });
    const res = await fetchOrganizationExport(owner, organizationId);
    expect(res.status).toBe(200);
    const archive = path.join(targetDir, 'riverside.tar.gz');
    const bytes = Buffer.from(await res.arrayBuffer());
    fs.writeFileSync(archive, bytes);
    const contents = [...(await readArchive(bytes)).values()].map((b) => b.toString('utf8')).join('\n');
    expect(contents).not.toContain('Half-written thought.');
    expect(contents).not.toContain('Draft: thinking about a card sort');

    // The target instance already knows one of the people: they are matched by email, keep their password.
    const known = await signUp(target.client(), { email: DEMO_ACCOUNTS.member.email, displayName: 'Luis Hernández' });
    const { stdout, stderr } = await run(
      process.execPath,
      ['-r', '@swc-node/register', 'src/database/cli/import-org.ts', archive],
      {
        cwd: path.join(REPO_ROOT, 'apps/api'),
        env: { ...process.env, DATABASE_URL: target.databaseUrl, DATA_DIR: targetDir, NODE_ENV: 'test' },
      },
    );
    expect(JSON.parse(stdout)).toEqual({ organizationId, slug: 'riverside-middle-school' });
    expect(stderr).toMatch(/14 people created .* 1 matched by email; ids kept/);
    const [created] = await target.dataSource.query(`SELECT password_hash FROM "user" WHERE email = $1`, [
      DEMO_ACCOUNTS.facilitator.email,
    ]);
    expect(created.password_hash).toBe(NO_PASSWORD);

    const sourceMember = (await member.ok(ME)).me.id as string;
    for (const email of PEOPLE) {
      const client =
        email === DEMO_ACCOUNTS.member.email
          ? await signIn(target, email, 'correct horse battery')
          : await resetAndSignIn(target, email);
      const after = await pagesOf(client, organizationId);
      expect(comparable(after)).toEqual(comparable(before.get(email)!.replaceAll(sourceMember, known.id)));
    }
    // The attachment's bytes came along.
    const targetMember = await signIn(target, DEMO_ACCOUNTS.member.email, 'correct horse battery');
    const file = await fetch(`${target.baseUrl}${attachment.url}`, { headers: { cookie: targetMember.cookie! } });
    expect(file.status).toBe(200);
    expect(
      Buffer.from(await file.arrayBuffer())
        .subarray(1, 4)
        .toString(),
    ).toBe('PNG');

    // The same archive again: every id is taken now, so all are new, consistently.
    const copy = await importOrganization({
      databaseUrl: target.databaseUrl,
      storage: new LocalDiskStorage(AppConfig.fromEnv({ NODE_ENV: 'test', DATA_DIR: targetDir })),
      file: archive,
    });
    expect(copy).toMatchObject({ idsKept: false, slug: 'riverside-middle-school-2', people: { created: 0 } });
    expect(copy.organizationId).not.toBe(organizationId);
    const facilitatorThere = await signIn(target, DEMO_ACCOUNTS.facilitator.email, NEW_PASSWORD);
    const remapped = before
      .get(DEMO_ACCOUNTS.facilitator.email)!
      .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, (id) => copy.ids.get(id) ?? id);
    expect(comparable(await pagesOf(facilitatorThere, copy.organizationId))).toEqual(comparable(remapped));
  });
});
