import { Client } from 'pg';
import { createTestDatabase } from './test-database';

/** `<id column, not a reference>`: why no foreign key. */
const NOT_REFERENCES: Record<string, string> = {
  'identity_provider.client_id': 'the OAuth client id the identity provider issued to this instance, not a row here',
  'lti_platform.client_id': 'the client id the LMS issued to this tool, not a row here',
  'lti_resource_link.resource_link_id': "the LMS's id of the placement in its course, not a row here",
  'lti_resource_link.deployment_id': "the LMS's deployment id of the tool, not a row here",
  'lti_resource_link.context_id': "the LMS's course id, not a row here",
  'huddle.series_id': 'groups the occurrences of one recurring huddle; there is no series table',
  'audit_event.subject_id':
    'points at a row of the table subject_type names, and outlives it: the log keeps what was removed',
  'notification.subject_id':
    'points at a row of the table subject_type names; read through VISIBLE_NOTIFICATION_SQL, which hides it once that row goes',
};

describe('schema integrity (catalog of the migrated schema)', () => {
  let db: { url: string; drop(): Promise<void> };
  let client: Client;
  beforeAll(async () => {
    db = await createTestDatabase();
    client = new Client({ connectionString: db.url });
    await client.connect();
  });
  afterAll(async () => {
    await client.end();
    await db.drop();
  });

  const rows = async (sql: string): Promise<string[]> => (await client.query(sql)).rows.map((r) => r.name as string);

  it('every *_id column of every table has a foreign key, validated against existing rows', async () => {
    const unreferenced = await rows(`
      SELECT c.table_name || '.' || c.column_name AS name
      FROM information_schema.columns c
      JOIN information_schema.tables t USING (table_schema, table_name)
      WHERE t.table_type = 'BASE TABLE' AND c.table_schema = 'public' AND c.column_name LIKE '%\\_id' ESCAPE '\\'
        AND NOT EXISTS (
          SELECT 1 FROM pg_constraint k JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = ANY (k.conkey)
          WHERE k.contype = 'f' AND k.conrelid = quote_ident(c.table_name)::regclass AND a.attname = c.column_name)
      ORDER BY 1`);
    expect(unreferenced).toEqual(Object.keys(NOT_REFERENCES).sort());
    const notValidated = await rows(
      `SELECT conrelid::regclass || '.' || conname AS name FROM pg_constraint WHERE contype = 'f' AND NOT convalidated`,
    );
    expect(notValidated).toEqual([]);
  });

  it('every foreign key column has an index starting with it (cascades and joins by the column alone)', async () => {
    const result = await client.query(`
      SELECT k.conrelid::regclass || '.' || a.attname AS name
      FROM pg_constraint k
      JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = k.conkey[1]
      WHERE k.contype = 'f' AND k.connamespace = 'public'::regnamespace
        AND NOT EXISTS (SELECT 1 FROM pg_index i WHERE i.indrelid = k.conrelid AND i.indkey[0] = a.attnum)
      ORDER BY 1`);
    expect(result.rows.map((r) => r.name)).toEqual([]);
  });

  it.each([
    ['contribution', 'cohort_id'],
    ['huddle_prompt', 'huddle_id'],
    ['huddle_prompt', 'prompt_id'],
    ['reaction', 'contribution_id'],
    ['reaction', 'user_id'],
    ['discussion_flag', 'contribution_id'],
    ['discussion_flag', 'user_id'],
    ['contribution_revision', 'edited_by_id'],
  ])('%s.%s has its foreign key', async (table, column) => {
    const [fk] = (
      await client.query(
        `SELECT pg_get_constraintdef(k.oid) AS def FROM pg_constraint k
         JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = k.conkey[1]
         WHERE k.contype = 'f' AND k.conrelid = $1::regclass AND a.attname = $2`,
        [table, column],
      )
    ).rows;
    expect(fk?.def).toMatch(new RegExp(`^FOREIGN KEY \\(${column}\\) REFERENCES`));
  });

  it('comments and attachments are indexed by contribution_id alone', async () => {
    const names = await rows(`
      SELECT i.indrelid::regclass || '.' || a.attname AS name FROM pg_index i
      JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[0]
      WHERE i.indrelid IN ('comment'::regclass, 'attachment'::regclass) AND a.attname = 'contribution_id'`);
    expect(names.sort()).toEqual(['attachment.contribution_id', 'comment.contribution_id']);
  });

  it.each([
    ['contribution', 'contribution_search_idx'],
    ['feedback', 'feedback_search_idx'],
    ['comment', 'comment_search_idx'],
  ])('%s text search index is led by organization_id, so search reads one organisation only', async (table, index) => {
    const [def] = await rows(`SELECT pg_get_indexdef('${index}'::regclass) AS name`);
    expect(def).toContain(`ON public.${table} USING gin (organization_id, `);
  });
});
