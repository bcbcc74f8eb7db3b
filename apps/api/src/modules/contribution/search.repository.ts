import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { VISIBLE_COMMENT_SQL, VISIBLE_CONTRIBUTION_SQL, VISIBLE_FEEDBACK_SQL } from './contribution.visibility';
import { SearchHit, type SearchHitKind } from './search';

/** Hits returned, best first. */
export const SEARCH_RESULTS = 50;
/**
 * Matches ranked per kind: the newest this many that the viewer may see, taken from the newest
 * SEARCH_PREFETCH matches in cohorts they belong to. A common word matches thousands of rows; ranking
 * (and checking, and highlighting) them all is what made search slow, and nobody reads past the
 * first page of the best of the recent ones.
 */
export const SEARCH_CANDIDATES = 200;
export const SEARCH_PREFETCH = 400;

/**
 * Prompts of the cohorts the viewer has a reading role in (any cohort for an admin), in the
 * requested cohort if any: a necessary condition of the visibility predicate, cheap to check first.
 * Written out where used (not a CTE) so the planner hashes it.
 */
const READABLE_PROMPTS = `SELECT p.id FROM prompt p
   WHERE p.organization_id = $1 AND ($4::uuid IS NULL OR p.cohort_id = $4::uuid)
     AND p.cohort_id IN (SELECT cohort_id FROM readable)`;

const HEADLINE = `'MaxWords=30, MinWords=10, StartSel=**, StopSel=**'`;

/**
 * Full-text search over contributions, feedback and comments: each row's stored tsvector (kept in
 * its organisation's language, with and without accents: migration SearchLanguages), read through its
 * GIN index led by organization_id for a rare word, or newest first for a common one (the planner
 * chooses: the query is a constant of the statement, so it knows how common the word is). Only rows
 * in cohorts the viewer belongs to (any cohort for an admin: a necessary condition of the visibility
 * predicate, cheap to check first) are candidates; the same visibility
 * predicate as every list then decides. Visible matches only, a bounded candidate set ranked, and
 * only the returned hits highlighted.
 */
@Injectable()
export class SearchRepository {
  constructor(private readonly dataSource: DataSource) {}

  async search(organizationId: string, viewerId: string, query: string, cohortId?: string): Promise<SearchHit[]> {
    const [organization]: Array<{ language: string }> = await this.dataSource.query(
      `SELECT language FROM organization WHERE id = $1`,
      [organizationId],
    );
    if (!organization) return [];
    const visible = VISIBLE_CONTRIBUTION_SQL.replace(/:viewerId/g, '$2');
    const rows: Array<{
      kind: SearchHitKind;
      id: string;
      contribution_id: string;
      prompt_id: string;
      prompt_title: string;
      excerpt: string;
    }> = await this.dataSource.query(
      `WITH readable AS (
           SELECT cm.cohort_id FROM cohort_member cm WHERE cm.organization_id = $1 AND cm.user_id = $2
           UNION
           SELECT co.id FROM cohort co JOIN membership m ON m.organization_id = co.organization_id
            WHERE co.organization_id = $1 AND m.user_id = $2 AND m.role IN ('OWNER', 'ADMIN')
         ),
         hits AS (
           (SELECT 'CONTRIBUTION' AS kind, c.id, c.id AS contribution_id, c.prompt_id, c.body AS text,
                   ts_rank(c.search_vector, openhuddle_search_query($5, $3)) AS rank, c.published_at AS at
              FROM (SELECT * FROM contribution c
                     WHERE c.organization_id = $1 AND c.search_vector @@ openhuddle_search_query($5, $3)
                       AND c.status = 'PUBLISHED' AND c.deleted_at IS NULL AND c.hidden_at IS NULL
                       AND c.prompt_id IN (${READABLE_PROMPTS})
                     ORDER BY c.published_at DESC LIMIT ${SEARCH_PREFETCH}) c
              JOIN prompt p ON p.id = c.prompt_id
             WHERE ${visible}
             ORDER BY c.published_at DESC LIMIT ${SEARCH_CANDIDATES})
           UNION ALL
           (SELECT 'FEEDBACK', f.id, c.id, c.prompt_id, (SELECT string_agg(value, ' ') FROM jsonb_each_text(f.answers)),
                   ts_rank(f.search_vector, openhuddle_search_query($5, $3)), f.created_at
              FROM (SELECT * FROM feedback f
                     WHERE f.organization_id = $1 AND f.search_vector @@ openhuddle_search_query($5, $3)
                       AND ${VISIBLE_FEEDBACK_SQL} AND f.prompt_id IN (${READABLE_PROMPTS})
                     ORDER BY f.created_at DESC LIMIT ${SEARCH_PREFETCH}) f
              JOIN contribution c ON c.id = f.contribution_id JOIN prompt p ON p.id = c.prompt_id
             WHERE c.status = 'PUBLISHED' AND ${visible}
             ORDER BY f.created_at DESC LIMIT ${SEARCH_CANDIDATES})
           UNION ALL
           (SELECT 'COMMENT', cm.id, c.id, c.prompt_id, cm.body,
                   ts_rank(cm.search_vector, openhuddle_search_query($5, $3)), cm.created_at
              FROM (SELECT cm.* FROM comment cm JOIN contribution c ON c.id = cm.contribution_id
                     WHERE cm.organization_id = $1 AND cm.search_vector @@ openhuddle_search_query($5, $3)
                       AND ${VISIBLE_COMMENT_SQL} AND c.prompt_id IN (${READABLE_PROMPTS})
                     ORDER BY cm.created_at DESC LIMIT ${SEARCH_PREFETCH}) cm
              JOIN contribution c ON c.id = cm.contribution_id JOIN prompt p ON p.id = c.prompt_id
             WHERE c.status = 'PUBLISHED' AND ${visible}
             ORDER BY cm.created_at DESC LIMIT ${SEARCH_CANDIDATES})
         ),
         top AS (SELECT * FROM hits ORDER BY rank DESC, at DESC, id LIMIT ${SEARCH_RESULTS})
       SELECT top.kind, top.id, top.contribution_id, top.prompt_id, p.title AS prompt_title,
              ts_headline(openhuddle_search_config($5), top.text, websearch_to_tsquery(openhuddle_search_config($5), $3), ${HEADLINE}) AS excerpt
         FROM top JOIN prompt p ON p.id = top.prompt_id
        ORDER BY top.rank DESC, top.at DESC, top.id`,
      [organizationId, viewerId, query, cohortId ?? null, organization.language],
    );
    return rows.map((r) =>
      Object.assign(new SearchHit(), {
        kind: r.kind,
        id: r.id,
        contributionId: r.contribution_id,
        promptId: r.prompt_id,
        promptTitle: r.prompt_title,
        excerpt: r.excerpt,
      }),
    );
  }
}
