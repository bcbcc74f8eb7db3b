import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { VISIBLE_COMMENT_SQL, VISIBLE_CONTRIBUTION_SQL, VISIBLE_FEEDBACK_SQL } from './contribution.visibility';
import { SearchHit, type SearchHitKind } from './search';

/**
 * Full-text search (GIN indexes) over contributions, feedback and comments, restricted by the same
 * visibility predicate as every list: one statement, visible rows only.
 */
@Injectable()
export class SearchRepository {
  constructor(private readonly dataSource: DataSource) {}

  async search(organizationId: string, viewerId: string, query: string): Promise<SearchHit[]> {
    const rows: Array<{
      kind: SearchHitKind;
      id: string;
      contribution_id: string;
      prompt_id: string;
      prompt_title: string;
      excerpt: string;
    }> = await this.dataSource.query(
      `WITH q AS (SELECT websearch_to_tsquery('english', $3) AS q),
         visible AS (
           SELECT c.id, c.body, c.prompt_id, p.title AS prompt_title
             FROM contribution c JOIN prompt p ON p.id = c.prompt_id
            WHERE c.organization_id = $1 AND c.status = 'PUBLISHED'
              AND ${VISIBLE_CONTRIBUTION_SQL.replace(/:viewerId/g, '$2')}
         )
         SELECT * FROM (
           SELECT 'CONTRIBUTION' AS kind, v.id, v.id AS contribution_id, v.prompt_id, v.prompt_title,
                  ts_headline('english', v.body, q.q, 'MaxWords=30, MinWords=10, StartSel=**, StopSel=**') AS excerpt,
                  ts_rank(to_tsvector('english', v.body), q.q) AS rank
             FROM visible v, q WHERE to_tsvector('english', v.body) @@ q.q
           UNION ALL
           SELECT 'FEEDBACK', f.id, v.id, v.prompt_id, v.prompt_title,
                  ts_headline('english', (SELECT string_agg(value, ' ') FROM jsonb_each_text(f.answers)), q.q, 'MaxWords=30, MinWords=10, StartSel=**, StopSel=**'),
                  ts_rank(jsonb_to_tsvector('english', f.answers, '["string"]'), q.q)
             FROM feedback f JOIN visible v ON v.id = f.contribution_id, q
            WHERE f.organization_id = $1 AND ${VISIBLE_FEEDBACK_SQL} AND jsonb_to_tsvector('english', f.answers, '["string"]') @@ q.q
           UNION ALL
           SELECT 'COMMENT', cm.id, v.id, v.prompt_id, v.prompt_title,
                  ts_headline('english', cm.body, q.q, 'MaxWords=30, MinWords=10, StartSel=**, StopSel=**'),
                  ts_rank(to_tsvector('english', cm.body), q.q)
             FROM comment cm JOIN visible v ON v.id = cm.contribution_id, q
            WHERE cm.organization_id = $1 AND ${VISIBLE_COMMENT_SQL} AND to_tsvector('english', cm.body) @@ q.q
         ) hits ORDER BY rank DESC LIMIT 50`,
      [organizationId, viewerId, query],
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
