import { Client } from 'pg';
import { NORMALIZE_TEXT_TO_NFC_SQL } from '../src/database/migrations/1796190000000-NormalizeTextToNfc';
import { createTestDatabase } from './test-database';

const NFD = (s: string) => s.normalize('NFD');
const NFC = (s: string) => s.normalize('NFC');

describe('the NFC migration rewrites text stored before inputs were normalised', () => {
  let db: { url: string; drop(): Promise<void> };
  let client: Client;
  const notices: string[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
    client = new Client({ connectionString: db.url });
    await client.connect();
    client.on('notice', (notice) => notices.push(notice.message ?? ''));
  });
  afterAll(async () => {
    await client?.end();
    await db?.drop();
  });

  async function insertUser(email: string, displayName: string): Promise<string> {
    const { rows } = await client.query<{ id: string }>(
      `INSERT INTO "user" (email, display_name, password_hash) VALUES ($1, $2, 'x') RETURNING id`,
      [email, displayName],
    );
    return rows[0]!.id;
  }

  it('puts text and JSON columns in NFC, leaves NFC text alone, and names rows whose NFC form is taken', async () => {
    const decomposed = await insertUser(NFD('josé.núñez@school.example'), NFD('José Núñez'));
    const clash = await insertUser(NFD('zoë@school.example'), NFD('Zoë'));
    await insertUser(NFC('zoë@school.example'), 'Zoë (new account)');
    const { rows: orgs } = await client.query<{ id: string }>(
      `INSERT INTO organization (name, slug) VALUES ($1, 'ecole') RETURNING id`,
      [NFD('École Sainte-Thérèse')],
    );
    await client.query(
      `INSERT INTO audit_event (organization_id, actor_name, action, subject_type, details)
       VALUES ($1, $2, 'ORGANIZATION_UPDATED', 'ORGANIZATION', $3)`,
      [orgs[0]!.id, NFD('Renée'), JSON.stringify({ from: NFD('Crème'), to: 'Plain' })],
    );

    await client.query(NORMALIZE_TEXT_TO_NFC_SQL);

    const user = (id: string) =>
      client.query<{ email: string; display_name: string }>(`SELECT email, display_name FROM "user" WHERE id = $1`, [
        id,
      ]);
    const fixed = (await user(decomposed)).rows[0]!;
    expect(fixed.email).toBe(NFC('josé.núñez@school.example'));
    expect(fixed.display_name).toBe(NFC('José Núñez'));
    expect(fixed.display_name).not.toBe(NFD('José Núñez'));

    const kept = (await user(clash)).rows[0]!;
    expect(kept.email).toBe(NFD('zoë@school.example'));
    expect(kept.display_name).toBe(NFC('Zoë'));
    expect(notices.some((n) => n.includes('user.email') && n.includes('already taken'))).toBe(true);

    const { rows: org } = await client.query<{ name: string }>(`SELECT name FROM organization`);
    expect(org[0]!.name).toBe(NFC('École Sainte-Thérèse'));
    const { rows: audit } = await client.query<{ actor_name: string; details: { from: string } }>(
      `SELECT actor_name, details FROM audit_event`,
    );
    expect(audit[0]!.actor_name).toBe(NFC('Renée'));
    expect(audit[0]!.details.from).toBe(NFC('Crème'));

    const { rows: left } = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "user" WHERE display_name IS NOT NFC NORMALIZED`,
    );
    expect(left[0]!.n).toBe(0);
  });

  it('runs again without changing anything', async () => {
    const before = await client.query(`SELECT xmin::text, id FROM "user" ORDER BY id`);
    await client.query(NORMALIZE_TEXT_TO_NFC_SQL);
    const afterRun = await client.query(`SELECT xmin::text, id FROM "user" ORDER BY id`);
    // Only the row left decomposed is visited (and refused); no other row gets a new version.
    const changed = afterRun.rows.filter((row, i) => row.xmin !== before.rows[i].xmin);
    expect(changed).toHaveLength(0);
  });
});
