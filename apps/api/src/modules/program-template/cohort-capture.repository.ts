import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { PromptEntity } from '../prompt/prompt.entity';

export interface CapturedHuddle {
  id: string;
  title: string;
  starts_at: Date;
  time_zone: string;
  duration_minutes: number;
  prompt_ids: string[];
  agenda: Array<{ title: string; timeBoxMinutes: number | null }>;
}

export interface CapturedCohort {
  name: string;
  description: string;
  starts_on: string | null;
  prompts: PromptEntity[];
  huddles: CapturedHuddle[];
}

/**
 * Reads what "Save as template" keeps of a cohort: its prompts (drafts too: they are the
 * facilitator's), its huddles that are not cancelled with their linked prompts and the agenda items
 * the facilitator wrote (items about a contribution belong to that cohort and stay behind).
 */
@Injectable()
export class CohortCaptureRepository {
  constructor(private readonly dataSource: DataSource) {}

  async capture(cohortId: string): Promise<CapturedCohort | null> {
    const [cohort] = (await this.dataSource.query(
      `SELECT name, description, starts_on::text AS starts_on FROM cohort WHERE id = $1`,
      [cohortId],
    )) as Array<Pick<CapturedCohort, 'name' | 'description' | 'starts_on'>>;
    if (!cohort) return null;
    const [prompts, huddles] = await Promise.all([
      this.dataSource.query(
        `SELECT id, title, instructions, opens_at AS "opensAt", due_at AS "dueAt", closes_at AS "closesAt",
                accepted_kinds::text[] AS "acceptedKinds", reveal_rule AS "revealRule", reveal_at AS "revealAt",
                anonymity, protocol_id AS "protocolId", review_mode AS "reviewMode",
                reviews_per_contribution AS "reviewsPerContribution", review_grouping AS "reviewGrouping"
           FROM prompt WHERE cohort_id = $1 ORDER BY opens_at, created_at, id`,
        [cohortId],
      ) as Promise<PromptEntity[]>,
      this.dataSource.query(
        `SELECT h.id, h.title, h.starts_at, h.time_zone, h.duration_minutes,
                coalesce((SELECT array_agg(hp.prompt_id ORDER BY hp.position) FROM huddle_prompt hp
                           WHERE hp.huddle_id = h.id), '{}') AS prompt_ids,
                coalesce((SELECT json_agg(json_build_object('title', a.title, 'timeBoxMinutes', a.time_box_minutes)
                                          ORDER BY a.position)
                            FROM agenda_item a WHERE a.huddle_id = h.id AND a.kind = 'CUSTOM'), '[]') AS agenda
           FROM huddle h WHERE h.cohort_id = $1 AND h.status <> 'CANCELLED'
          ORDER BY h.starts_at, h.id`,
        [cohortId],
      ) as Promise<CapturedHuddle[]>,
    ]);
    return { ...cohort, prompts, huddles };
  }
}
