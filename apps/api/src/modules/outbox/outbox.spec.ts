import { MailDelivery } from '../../common/mail/mail-delivery';
import { startTestApp, type TestApp } from '../../../test/test-app';
import { INVITE_MEMBER, PASSWORD, SIGN_UP, createTenant, uniqueEmail } from '../../../test/factories';

const OUTBOX = /* GraphQL */ `
  query ($org: ID!, $first: Int, $after: String) {
    mailOutbox(organizationId: $org, first: $first, after: $after) {
      smtpConfigured
      nodes {
        id
        to
        subject
        text
        status
        category
        attempts
        lastError
        sentAt
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

describe('the outbox without SMTP', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({}, undefined, { mail: 'outbox' });
  });
  afterAll(() => t.close());

  it('keeps every message for the organisation’s admins to read, links and all, and only theirs', async () => {
    // Accounts are made through the SMTP-backed factories of another app; here, mail stays put.
    const org = await createTenantByOutbox(t, 'Outbox School');
    const invited = uniqueEmail('invited');
    await org.owner.ok(INVITE_MEMBER, {
      input: { organizationId: org.organizationId, email: invited, role: 'MEMBER' },
    });
    const stranger = uniqueEmail('stranger');
    await t.client().ok(SIGN_UP, { input: { email: invited, password: PASSWORD, displayName: 'Invited Ida' } });
    await t.client().ok(SIGN_UP, { input: { email: stranger, password: PASSWORD, displayName: 'Stranger' } });

    const { mailOutbox } = await org.owner.ok(OUTBOX, { org: org.organizationId });
    expect(mailOutbox.smtpConfigured).toBe(false);
    const subjects = mailOutbox.nodes.map((m: { to: string; subject: string }) => `${m.to}: ${m.subject}`);
    expect(subjects).toEqual([
      `${invited}: Confirm your email for OpenHuddle`,
      `${invited}: Olivia Owner invited you to Outbox School on OpenHuddle`,
      `${org.ownerEmail}: Confirm your email for OpenHuddle`,
    ]);
    expect(mailOutbox.nodes[1]).toMatchObject({ status: 'OUTBOX', category: 'INVITATION' });
    expect(mailOutbox.nodes[1].text).toMatch(/\/invitations\/[A-Za-z0-9_-]+/);

    // Another organisation's admin sees none of it, and cannot ask for it (not found, like any other tenant's thing).
    const other = await createTenantByOutbox(t, 'Elsewhere');
    const theirs = await other.owner.ok(OUTBOX, { org: other.organizationId });
    expect(theirs.mailOutbox.nodes.map((m: { to: string }) => m.to)).toEqual([other.ownerEmail]);
    expect((await other.owner.fail(OUTBOX, { org: org.organizationId })).extensions?.code).toBe('NOT_FOUND');
  });

  it('pages newest first with a cursor, and refuses a cursor it did not hand out', async () => {
    const org = await createTenantByOutbox(t, 'Paged School');
    for (let i = 0; i < 5; i++) {
      await org.owner.ok(INVITE_MEMBER, {
        input: { organizationId: org.organizationId, email: uniqueEmail(), role: 'MEMBER' },
      });
    }
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const {
        mailOutbox,
      }: { mailOutbox: { nodes: Array<{ id: string }>; pageInfo: { hasNextPage: boolean; endCursor: string } } } =
        await org.owner.ok(OUTBOX, { org: org.organizationId, first: 2, after });
      seen.push(...mailOutbox.nodes.map((m: { id: string }) => m.id));
      after = mailOutbox.pageInfo.hasNextPage ? mailOutbox.pageInfo.endCursor : null;
    } while (after);
    expect(new Set(seen).size).toBe(6);
    const bad = await org.owner.fail(OUTBOX, { org: org.organizationId, after: 'bm90LWEtY3Vyc29y' });
    expect(bad.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { after: expect.any(String) } });
    const tooMany = await org.owner.fail(OUTBOX, { org: org.organizationId, first: 1000 });
    expect(tooMany.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('delivery over SMTP', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('delivers, keeps no body once SMTP took it, and retries a refused recipient without holding up the others', async () => {
    const { owner, organization } = await createTenant(t, 'Retry School');
    const refused = uniqueEmail('full');
    const fine = uniqueEmail('fine');
    t.mailbox.refusing.add(refused);
    for (const email of [refused, fine]) {
      await owner.ok(INVITE_MEMBER, { input: { organizationId: organization.id, email, role: 'MEMBER' } });
    }
    await t.mailbox.next(fine);
    const delivery = t.app.get(MailDelivery);
    await delivery.idle();
    const read = async () => (await owner.ok(OUTBOX, { org: organization.id })).mailOutbox;
    const byTo = (box: { nodes: Array<{ to: string }> }, to: string) => box.nodes.find((m) => m.to === to)!;
    let box = await read();
    expect(box.smtpConfigured).toBe(true);
    expect(byTo(box, fine)).toMatchObject({ status: 'SENT', text: null, sentAt: expect.any(String) });
    expect(byTo(box, refused)).toMatchObject({
      status: 'QUEUED',
      attempts: 1,
      lastError: expect.stringContaining('452'),
    });
    expect(t.mailbox.to(refused)).toHaveLength(0);

    // Not before its retry time; after it, delivered once.
    expect(await delivery.deliverDue(new Date())).toBe(0);
    t.mailbox.refusing.delete(refused);
    expect(await delivery.deliverDue(new Date(Date.now() + 2 * 60_000))).toBe(1);
    box = await read();
    expect(byTo(box, refused)).toMatchObject({ status: 'SENT', attempts: 1 });
    expect(t.mailbox.to(refused)).toHaveLength(1);
  });

  it('gives up after the last retry and says why', async () => {
    const { owner, organization } = await createTenant(t, 'Bounce School');
    const refused = uniqueEmail('gone');
    t.mailbox.refusing.add(refused);
    await owner.ok(INVITE_MEMBER, { input: { organizationId: organization.id, email: refused, role: 'MEMBER' } });
    const delivery = t.app.get(MailDelivery);
    await delivery.idle();
    for (let hours = 1; hours <= 20; hours++) await delivery.deliverDue(new Date(Date.now() + hours * 3_600_000));
    const { mailOutbox } = await owner.ok(OUTBOX, { org: organization.id });
    expect(mailOutbox.nodes.find((m: { to: string }) => m.to === refused)).toMatchObject({
      status: 'FAILED',
      attempts: 6,
      lastError: expect.stringContaining('Mailbox full'),
    });
  });
});

/** Signs up an owner whose confirmation link is read from the outbox (as a demo's admin would). */
async function createTenantByOutbox(t: TestApp, name: string) {
  const owner = t.client();
  const ownerEmail = uniqueEmail('owner');
  await owner.ok(SIGN_UP, { input: { email: ownerEmail, password: PASSWORD, displayName: 'Olivia Owner' } });
  const [{ text }] = await t.dataSource.query(
    `SELECT text FROM mail_message WHERE to_address = $1 ORDER BY created_at DESC LIMIT 1`,
    [ownerEmail],
  );
  const token = /token=([A-Za-z0-9_-]+)/.exec(text as string)![1];
  await owner.ok(`mutation ($input: ConfirmSignUpInput!) { confirmSignUp(input: $input) { id } }`, {
    input: { token },
  });
  const { createOrganization } = await owner.ok(
    `mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }`,
    { input: { name } },
  );
  return { owner, ownerEmail, organizationId: createOrganization.id as string };
}
