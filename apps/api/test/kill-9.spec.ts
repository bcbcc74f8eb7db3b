import { Client } from 'pg';
import { CREATE_ORGANIZATION, signUp } from './factories';
import { GqlClient } from './gql-client';
import { MailCatcher } from './mail-catcher';
import { type ServerProcess, startServerProcess } from './server-process';
import { createTestDatabase } from './test-database';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * kill -9 while writes are in flight: no acknowledged write is lost, and nothing is left half
 * written (an organization always has its owner), because every answer is sent after its
 * transaction commits and PostgreSQL, not the process, holds the data.
 */
describe('kill -9 of the server process under writes', () => {
  let database: { url: string; drop(): Promise<void> };
  let mailbox: MailCatcher;
  const servers: ServerProcess[] = [];
  beforeAll(async () => {
    database = await createTestDatabase();
    mailbox = await MailCatcher.start();
  });
  afterAll(async () => {
    for (const server of servers) if (server.child.exitCode === null) server.child.kill('SIGKILL');
    await mailbox.close();
    await database.drop();
  });

  it('keeps every acknowledged write and no half-written one, and serves them after a restart', async () => {
    const first = await startServerProcess({ databaseUrl: database.url, smtpUrl: mailbox.url });
    servers.push(first);
    const client = new GqlClient(first.baseUrl, undefined, mailbox);
    await signUp(client);

    const acknowledged: string[] = [];
    let sent = 0;
    let stop = false;
    const writer = async (lane: number) => {
      for (let i = 0; !stop; i++) {
        sent++;
        const response = await fetch(`${first.baseUrl}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie: client.cookie! },
          body: JSON.stringify({
            query: CREATE_ORGANIZATION,
            variables: { input: { name: `Lane ${lane} school ${i}` } },
          }),
        }).catch(() => undefined); // the connection dies with the process: not acknowledged
        if (!response) return;
        const body = (await response.json().catch(() => undefined)) as
          { data?: { createOrganization?: { id: string } } } | undefined;
        const id = body?.data?.createOrganization?.id;
        if (id) acknowledged.push(id);
      }
    };
    const writers = [0, 1, 2, 3, 4, 5].map(writer);
    while (acknowledged.length < 20) await sleep(20);
    first.child.kill('SIGKILL');
    stop = true;
    await Promise.all(writers);
    expect(await first.exited).toBeNull(); // killed, not exited
    expect(sent).toBeGreaterThan(acknowledged.length); // some writes were cut off mid-flight

    const db = new Client({ connectionString: database.url });
    await db.connect();
    try {
      const { rows: stored } = await db.query<{ id: string }>(`SELECT id FROM organization WHERE id = ANY($1)`, [
        acknowledged,
      ]);
      expect(stored.map((row) => row.id).sort()).toEqual([...acknowledged].sort());
      const { rows: orphans } = await db.query(
        `SELECT o.id FROM organization o WHERE NOT EXISTS (SELECT 1 FROM membership m WHERE m.organization_id = o.id AND m.role = 'OWNER')`,
      );
      expect(orphans).toEqual([]);
    } finally {
      await db.end();
    }

    const second = await startServerProcess({ databaseUrl: database.url, smtpUrl: mailbox.url });
    servers.push(second);
    const again = await fetch(`${second.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: client.cookie! },
      body: JSON.stringify({ query: '{ me { organizations { id } } }' }),
    });
    const { data } = (await again.json()) as { data: { me: { organizations: Array<{ id: string }> } } };
    const served = new Set(data.me.organizations.map((organization) => organization.id));
    for (const id of acknowledged) expect(served.has(id)).toBe(true);
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  }, 180_000);
});
