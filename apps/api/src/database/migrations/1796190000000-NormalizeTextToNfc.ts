import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Text written before every input was put in NFC (issue 9) may be stored decomposed (e + ◌́), so
 * "José" typed two ways did not match in search, uniqueness or equality. This rewrites every text
 * and JSON column of the public schema that holds a non-NFC value. A column whose rewrite would break a
 * unique index (the same email stored in both forms) is rewritten row by row, and the rows that
 * would collide are left as they are and named in a NOTICE for the administrator to merge.
 * Idempotent: NFC text is skipped, so it can run again safely.
 */
export const NORMALIZE_TEXT_TO_NFC_SQL = `
DO $$
DECLARE
  col record;
  row_id text;
BEGIN
  FOR col IN
    SELECT c.table_name, c.column_name, c.data_type = 'jsonb' AS is_json
      FROM information_schema.columns c
      JOIN information_schema.tables t
        ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
     WHERE c.table_schema = 'public'
       AND c.data_type IN ('text', 'character varying', 'jsonb')
       AND c.table_name <> 'migrations'
  LOOP
    BEGIN
      IF col.is_json THEN
        -- NFC leaves JSON's ASCII syntax alone, so the text form can be normalised and re-read.
        EXECUTE format(
          'UPDATE %I SET %I = normalize(%I::text, NFC)::jsonb WHERE %I IS NOT NULL AND %I::text IS NOT NFC NORMALIZED',
          col.table_name, col.column_name, col.column_name, col.column_name, col.column_name);
        CONTINUE;
      END IF;
      EXECUTE format(
        'UPDATE %I SET %I = normalize(%I, NFC) WHERE %I IS NOT NULL AND %I IS NOT NFC NORMALIZED',
        col.table_name, col.column_name, col.column_name, col.column_name, col.column_name);
    EXCEPTION WHEN unique_violation THEN
      FOR row_id IN EXECUTE format(
        'SELECT ctid::text FROM %I WHERE %I IS NOT NULL AND %I IS NOT NFC NORMALIZED',
        col.table_name, col.column_name, col.column_name)
      LOOP
        BEGIN
          EXECUTE format('UPDATE %I SET %I = normalize(%I, NFC) WHERE ctid = $1::tid',
            col.table_name, col.column_name, col.column_name) USING row_id;
        EXCEPTION WHEN unique_violation THEN
          RAISE NOTICE 'left %.% at % decomposed: its NFC form is already taken', col.table_name, col.column_name, row_id;
        END;
      END LOOP;
    END;
  END LOOP;
END
$$;
`;

export class NormalizeTextToNfc1796190000000 implements MigrationInterface {
  name = 'NormalizeTextToNfc1796190000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(NORMALIZE_TEXT_TO_NFC_SQL);
  }

  async down(): Promise<void> {
    // The decomposed forms are not kept: NFC is the one stored form from here on.
  }
}
