import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The searchable tables: each keeps its own tsvector, built in its organisation's language. */
const SEARCHABLE = [
  ['contribution', 'contribution_search_idx', `openhuddle_search_vector(lang, NEW."body")`, 'body'],
  ['comment', 'comment_search_idx', `openhuddle_search_vector(lang, NEW."body")`, 'body'],
  [
    'feedback',
    'feedback_search_idx',
    `openhuddle_search_vector(lang, (SELECT string_agg(value, ' ') FROM jsonb_each_text(NEW."answers")))`,
    'answers',
  ],
] as const;

const NEWEST_FIRST = [
  ['contribution_org_published_idx', 'contribution', 'published_at'],
  ['comment_org_created_idx', 'comment', 'created_at'],
  ['feedback_org_created_idx', 'feedback', 'created_at'],
] as const;

/**
 * Hand-written (issues 14 and 16). Search follows the organisation's language: its stemmer and stop
 * words. Each text is indexed twice over: as the language's own configuration stems it, and with
 * accents folded first (a configuration per language with unaccent before the stemmer), because the
 * Spanish stemmer needs the accents ("evaluación" and "evaluaciones" stem alike, "evaluacion" does
 * not), while people type without them. A query matches either reading. Each row stores its
 * tsvector (a trigger keeps it, from the organisation's language), so searching reads the GIN index
 * instead of re-parsing every body; changing the organisation's language re-indexes its rows in the
 * same transaction.
 */
export class SearchLanguages1796221000000 implements MigrationInterface {
  name = 'SearchLanguages1796221000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "organization" ADD "language" character varying(2) NOT NULL DEFAULT 'en'`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    for (const [code, base] of [
      ['en', 'english'],
      ['es', 'spanish'],
    ]) {
      await queryRunner.query(`CREATE TEXT SEARCH CONFIGURATION openhuddle_${code} (COPY = pg_catalog.${base})`);
      await queryRunner.query(
        `ALTER TEXT SEARCH CONFIGURATION openhuddle_${code} ALTER MAPPING FOR hword, hword_part, word WITH unaccent, ${base}_stem`,
      );
    }
    await queryRunner.query(`
      CREATE FUNCTION openhuddle_stem_config(lang character varying) RETURNS regconfig
        LANGUAGE sql IMMUTABLE PARALLEL SAFE
        AS $$ SELECT CASE lang WHEN 'es' THEN 'pg_catalog.spanish'::regconfig ELSE 'pg_catalog.english'::regconfig END $$`);
    await queryRunner.query(`
      CREATE FUNCTION openhuddle_search_config(lang character varying) RETURNS regconfig
        LANGUAGE sql IMMUTABLE PARALLEL SAFE
        AS $$ SELECT CASE lang WHEN 'es' THEN 'openhuddle_es'::regconfig ELSE 'openhuddle_en'::regconfig END $$`);
    await queryRunner.query(`
      CREATE FUNCTION openhuddle_search_vector(lang character varying, body text) RETURNS tsvector
        LANGUAGE sql IMMUTABLE PARALLEL SAFE
        AS $$ SELECT to_tsvector(openhuddle_stem_config(lang), coalesce(body, ''))
                  || to_tsvector(openhuddle_search_config(lang), coalesce(body, '')) $$`);
    await queryRunner.query(`
      CREATE FUNCTION openhuddle_search_query(lang character varying, query text) RETURNS tsquery
        LANGUAGE sql IMMUTABLE PARALLEL SAFE
        AS $$ SELECT websearch_to_tsquery(openhuddle_stem_config(lang), query)
                  || websearch_to_tsquery(openhuddle_search_config(lang), query) $$`);
    await queryRunner.query(`
      CREATE FUNCTION openhuddle_org_language(org uuid) RETURNS character varying
        LANGUAGE sql STABLE PARALLEL SAFE
        AS $$ SELECT coalesce((SELECT o.language FROM organization o WHERE o.id = org), 'en') $$`);
    for (const [table, index, vector, source] of SEARCHABLE) {
      await queryRunner.query(`ALTER TABLE "${table}" ADD "search_vector" tsvector`);
      await queryRunner.query(`
        CREATE FUNCTION ${table}_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
          DECLARE lang character varying := openhuddle_org_language(NEW.organization_id);
          BEGIN NEW.search_vector := ${vector}; RETURN NEW; END $$`);
      await queryRunner.query(
        `CREATE TRIGGER ${table}_search_vector BEFORE INSERT OR UPDATE OF "${source}", "organization_id" ON "${table}" FOR EACH ROW EXECUTE FUNCTION ${table}_search_vector()`,
      );
      // Fires the trigger on every existing row.
      await queryRunner.query(`UPDATE "${table}" SET "${source}" = "${source}"`);
      await queryRunner.query(`DROP INDEX "${index}"`);
      await queryRunner.query(`CREATE INDEX "${index}" ON "${table}" USING gin ("organization_id", "search_vector")`);
    }
    // Newest first within an organisation: a common word's candidates are read in this order and the
    // scan stops at the candidate bound, instead of fetching every match from the GIN index.
    for (const [index, table, column] of NEWEST_FIRST) {
      await queryRunner.query(`CREATE INDEX "${index}" ON "${table}" ("organization_id", "${column}")`);
    }
    await queryRunner.query(`
      CREATE FUNCTION organization_search_language() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          UPDATE contribution SET body = body WHERE organization_id = NEW.id;
          UPDATE comment SET body = body WHERE organization_id = NEW.id;
          UPDATE feedback SET answers = answers WHERE organization_id = NEW.id;
          RETURN NEW;
        END $$`);
    await queryRunner.query(
      `CREATE TRIGGER organization_search_language AFTER UPDATE OF "language" ON "organization" FOR EACH ROW WHEN (OLD.language IS DISTINCT FROM NEW.language) EXECUTE FUNCTION organization_search_language()`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const [index] of NEWEST_FIRST) await queryRunner.query(`DROP INDEX "${index}"`);
    await queryRunner.query(`DROP TRIGGER organization_search_language ON "organization"`);
    await queryRunner.query(`DROP FUNCTION organization_search_language()`);
    const expressions: Record<string, string> = {
      contribution: `to_tsvector('english', "body")`,
      comment: `to_tsvector('english', "body")`,
      feedback: `jsonb_to_tsvector('english', "answers", '["string"]')`,
    };
    for (const [table, index] of SEARCHABLE) {
      await queryRunner.query(`DROP INDEX "${index}"`);
      await queryRunner.query(
        `CREATE INDEX "${index}" ON "${table}" USING gin ("organization_id", (${expressions[table]}))`,
      );
      await queryRunner.query(`DROP TRIGGER ${table}_search_vector ON "${table}"`);
      await queryRunner.query(`DROP FUNCTION ${table}_search_vector()`);
      await queryRunner.query(`ALTER TABLE "${table}" DROP COLUMN "search_vector"`);
    }
    await queryRunner.query(`DROP FUNCTION openhuddle_org_language(uuid)`);
    await queryRunner.query(`DROP FUNCTION openhuddle_search_query(character varying, text)`);
    await queryRunner.query(`DROP FUNCTION openhuddle_search_vector(character varying, text)`);
    await queryRunner.query(`DROP FUNCTION openhuddle_search_config(character varying)`);
    await queryRunner.query(`DROP FUNCTION openhuddle_stem_config(character varying)`);
    await queryRunner.query(`DROP TEXT SEARCH CONFIGURATION openhuddle_es`);
    await queryRunner.query(`DROP TEXT SEARCH CONFIGURATION openhuddle_en`);
    await queryRunner.query(`ALTER TABLE "organization" DROP COLUMN "language"`);
  }
}
