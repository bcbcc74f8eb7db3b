import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AgendaItemKind, CohortRole } from '@openhuddle/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { CohortMemberEntity } from '../cohort/cohort-member.entity';
import { CohortEntity } from '../cohort/cohort.entity';
import { AgendaItemEntity } from '../huddle/agenda-item.entity';
import { HuddlePromptEntity } from '../huddle/huddle-prompt.entity';
import { HuddleEntity } from '../huddle/huddle.entity';
import { PromptEntity } from '../prompt/prompt.entity';
import { ProgramLaunchEntity } from './program-launch.entity';
import type { TemplateProtocol } from './template-body';

export interface LaunchedHuddle {
  title: string;
  startsAt: Date;
  timeZone: string;
  durationMinutes: number;
  promptIds: string[];
  agenda: Array<{ title: string; timeBoxMinutes: number | null }>;
}

export interface LaunchRow {
  id: string;
  cohort_id: string;
  organization_id: string;
  template_id: string;
  template_title: string;
  version: number;
  start_date: string;
  time_zone: string;
  skip_dates: string[];
  launched_at: Date;
}

/**
 * Writes a launched cohort — cohort, facilitator, prompts, huddles, agenda, protocol copies — inside
 * the caller's transaction. It writes other modules' tables directly because their services check
 * access through per-request loaders that cannot see a cohort this transaction has not committed.
 */
@Injectable()
export class ProgramLaunchRepository {
  constructor(private readonly dataSource: DataSource) {}

  transaction<T>(work: (em: EntityManager) => Promise<T>, em?: EntityManager): Promise<T> {
    return em ? work(em) : this.dataSource.transaction(work);
  }

  async createCohort(
    em: EntityManager,
    cohort: Pick<CohortEntity, 'organizationId' | 'name' | 'description' | 'startsOn' | 'endsOn'>,
    facilitatorId: string,
    asGuest = false,
  ): Promise<string> {
    const saved = await em.save(CohortEntity, cohort);
    await em.insert(CohortMemberEntity, {
      organizationId: cohort.organizationId,
      cohortId: saved.id,
      userId: facilitatorId,
      role: CohortRole.FACILITATOR,
      guest: asGuest,
    });
    return saved.id;
  }

  /**
   * The organisation's protocol identical to `protocol` (same name, description, sections and
   * rubric: one copied by an earlier launch, or the original), else a new copy. A transaction-scoped
   * advisory lock keeps two launches running alongside from copying it twice.
   */
  async carryProtocol(em: EntityManager, organizationId: string, protocol: TemplateProtocol): Promise<string> {
    const params = [
      organizationId,
      protocol.name,
      protocol.description,
      JSON.stringify(protocol.sections),
      JSON.stringify(protocol.rubric),
    ];
    await em.query(`SELECT pg_advisory_xact_lock(hashtext('protocol-carry:' || $1 || ':' || $2))`, params.slice(0, 2));
    const [found] = (await em.query(
      `SELECT id FROM feedback_protocol WHERE organization_id = $1 AND name = $2 AND description = $3
          AND sections = $4::jsonb AND rubric = $5::jsonb ORDER BY created_at, id LIMIT 1`,
      params,
    )) as Array<{ id: string }>;
    if (found) return found.id;
    const [created] = (await em.query(
      `INSERT INTO feedback_protocol (organization_id, name, description, sections, rubric)
       VALUES ($1, $2, $3, $4::jsonb, $5::jsonb) RETURNING id`,
      params,
    )) as Array<{ id: string }>;
    return created!.id;
  }

  /** Inserts prompts in order; returns their ids in the same order. */
  async insertPrompts(em: EntityManager, prompts: Array<Partial<PromptEntity>>): Promise<string[]> {
    if (!prompts.length) return [];
    const result = await em.insert(PromptEntity, prompts);
    return result.identifiers.map((i) => i.id as string);
  }

  async insertHuddles(
    em: EntityManager,
    ids: { organizationId: string; cohortId: string; createdById: string },
    huddles: LaunchedHuddle[],
  ): Promise<void> {
    if (!huddles.length) return;
    const result = await em.insert(
      HuddleEntity,
      huddles.map((h) => ({
        ...ids,
        seriesId: randomUUID(),
        title: h.title,
        startsAt: h.startsAt,
        timeZone: h.timeZone,
        durationMinutes: h.durationMinutes,
      })),
    );
    const huddleIds = result.identifiers.map((i) => i.id as string);
    const links = huddles.flatMap((h, i) =>
      h.promptIds.map((promptId, position) => ({
        huddleId: huddleIds[i]!,
        promptId,
        organizationId: ids.organizationId,
        position,
      })),
    );
    if (links.length) await em.insert(HuddlePromptEntity, links);
    const agenda = huddles.flatMap((h, i) =>
      h.agenda.map((item, position) => ({
        organizationId: ids.organizationId,
        huddleId: huddleIds[i]!,
        position,
        title: item.title,
        kind: AgendaItemKind.CUSTOM,
        timeBoxMinutes: item.timeBoxMinutes,
      })),
    );
    if (agenda.length) await em.insert(AgendaItemEntity, agenda);
  }

  async recordLaunch(em: EntityManager, launch: Partial<ProgramLaunchEntity>): Promise<string> {
    const result = await em.insert(ProgramLaunchEntity, launch);
    return result.identifiers[0]!.id as string;
  }

  /** The launches of the cohorts, with their template's title and version: one statement for all. */
  launchesOf(cohortIds: readonly string[]): Promise<LaunchRow[]> {
    return this.dataSource.query(
      `SELECT pl.id, pl.cohort_id, pl.organization_id, v.template_id, v.title AS template_title, v.version,
              pl.start_date::text AS start_date, pl.time_zone, pl.skip_dates::text[] AS skip_dates, pl.launched_at
         FROM program_launch pl JOIN program_template_version v ON v.id = pl.template_version_id
        WHERE pl.cohort_id = ANY($1::uuid[])`,
      [cohortIds],
    );
  }

  /** Protocols by id (to copy an organisation's own into a template or another organisation). */
  protocols(ids: string[]): Promise<Array<{ id: string; organization_id: string | null } & TemplateProtocol>> {
    if (!ids.length) return Promise.resolve([]);
    return this.dataSource.query(
      `SELECT id, organization_id, id AS "sourceId", name, description, sections, rubric
         FROM feedback_protocol WHERE id = ANY($1::uuid[])`,
      [ids],
    );
  }
}
