import type { EntityManager } from 'typeorm';
import { BUILT_IN_PROTOCOLS } from './built-in-protocols';

/** How an organisation uses a protocol: its prompts that follow it, and whether feedback was given on them. */
export interface ProtocolUsage {
  prompts: number;
  inUse: boolean;
}

export const UNUSED: ProtocolUsage = { prompts: 0, inUse: false };

/** A prompt that names no protocol follows the first built-in (Glow & Grow), as `DEFAULT_PROTOCOL_ID` says. */
const DEFAULT_PROTOCOL_ID = BUILT_IN_PROTOCOLS[0]!.id;

/**
 * Usage of each (organisation, protocol) pair, in one statement. Counted per organisation, so a
 * built-in's usage by other tenants never shows. Prompts have no soft delete: every prompt counts,
 * drafts too (deleting a protocol would change them).
 */
export async function protocolUsage(
  manager: EntityManager,
  pairs: ReadonlyArray<{ organizationId: string; protocolId: string }>,
): Promise<ProtocolUsage[]> {
  if (!pairs.length) return [];
  const organizationIds = [...new Set(pairs.map((p) => p.organizationId))];
  const protocolIds = [...new Set(pairs.map((p) => p.protocolId))];
  const rows: Array<{ organization_id: string; protocol_id: string; prompts: number; with_feedback: number }> =
    await manager.query(
      `SELECT p.organization_id, COALESCE(p.protocol_id, $3::uuid) AS protocol_id, count(*)::int AS prompts,
              count(*) FILTER (WHERE EXISTS (
                SELECT 1 FROM feedback f WHERE f.organization_id = p.organization_id AND f.prompt_id = p.id
              ))::int AS with_feedback
         FROM prompt p
        WHERE p.organization_id = ANY($1::uuid[]) AND COALESCE(p.protocol_id, $3::uuid) = ANY($2::uuid[])
        GROUP BY 1, 2`,
      [organizationIds, protocolIds, DEFAULT_PROTOCOL_ID],
    );
  const byPair = new Map(rows.map((r) => [`${r.organization_id}:${r.protocol_id}`, r]));
  return pairs.map(({ organizationId, protocolId }) => {
    const row = byPair.get(`${organizationId}:${protocolId}`);
    return row ? { prompts: row.prompts, inUse: row.with_feedback > 0 } : UNUSED;
  });
}
