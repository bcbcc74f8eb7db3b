import { Injectable } from '@nestjs/common';
import type { OrgRole } from '@openhuddle/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { ProgramTemplateVersionEntity } from './program-template-version.entity';
import { ProgramTemplateEntity } from './program-template.entity';
import type { TemplateBody } from './template-body';

/** A template as lists and pages show it: the latest version's description and counts joined in. */
export interface TemplateRow {
  id: string;
  organization_id: string;
  title: string;
  description: string;
  latest_version: number;
  updated_at: Date;
  prompt_count: number;
  huddle_count: number;
  launch_count: number;
}

export interface OrganizationStanding {
  organization_id: string;
  name: string;
  /** Null for an organisation the person is only a Guest in. */
  role: OrgRole | null;
  /** Facilitates a cohort of it as a Guest (a consultant in a client organisation). */
  guest_facilitator: boolean;
}

const TEMPLATE_ROW = `SELECT t.id, t.organization_id, t.title, v.description, t.latest_version, t.updated_at,
       jsonb_array_length(v.body->'prompts') AS prompt_count, jsonb_array_length(v.body->'huddles') AS huddle_count,
       (SELECT count(*)::int FROM program_launch pl JOIN program_template_version lv ON lv.id = pl.template_version_id
         WHERE lv.template_id = t.id) AS launch_count
  FROM program_template t
  JOIN program_template_version v
    ON v.organization_id = t.organization_id AND v.template_id = t.id AND v.version = t.latest_version`;

/** The program-template module's reads and writes of templates and their versions. */
@Injectable()
export class ProgramTemplateRepository {
  constructor(private readonly dataSource: DataSource) {}

  transaction<T>(work: (em: EntityManager) => Promise<T>, em?: EntityManager): Promise<T> {
    return em ? work(em) : this.dataSource.transaction(work);
  }

  /** One page of an organisation's templates, most recently changed first (keyset on updated_at, id). */
  list(organizationId: string, limit: number, after: { updatedAt: Date; id: string } | null): Promise<TemplateRow[]> {
    const params: unknown[] = [organizationId, limit];
    let keyset = '';
    if (after) {
      params.push(after.updatedAt, after.id);
      keyset = 'AND (t.updated_at, t.id) < ($3::timestamptz, $4::uuid)';
    }
    return this.dataSource.query(
      `${TEMPLATE_ROW} WHERE t.organization_id = $1 ${keyset} ORDER BY t.updated_at DESC, t.id DESC LIMIT $2`,
      params,
    );
  }

  async findRow(id: string): Promise<TemplateRow | null> {
    const [row] = (await this.dataSource.query(`${TEMPLATE_ROW} WHERE t.id = $1`, [id])) as TemplateRow[];
    return row ?? null;
  }

  /** The version (the latest when `version` is null), with its template's organisation. */
  findVersion(templateId: string, version: number | null): Promise<ProgramTemplateVersionEntity | null> {
    const repo = this.dataSource.getRepository(ProgramTemplateVersionEntity);
    return version
      ? repo.findOneBy({ templateId, version })
      : repo
          .createQueryBuilder('v')
          .innerJoin(ProgramTemplateEntity, 't', 't.id = v.template_id AND t.latest_version = v.version')
          .where('v.template_id = :templateId', { templateId })
          .getOne();
  }

  /** Creates a template with its first version. */
  async create(
    em: EntityManager,
    values: { organizationId: string; title: string; description: string; body: TemplateBody; createdById: string },
  ): Promise<string> {
    const template = await em.save(ProgramTemplateEntity, {
      organizationId: values.organizationId,
      title: values.title,
      latestVersion: 1,
      createdById: values.createdById,
    });
    await em.insert(ProgramTemplateVersionEntity, { ...values, templateId: template.id, version: 1 });
    return template.id;
  }

  /**
   * Writes version `basedOn + 1`, if `basedOn` is still the latest (false when someone else saved
   * in between: the caller refuses, and nothing changes).
   */
  async addVersion(
    em: EntityManager,
    templateId: string,
    basedOn: number,
    values: { organizationId: string; title: string; description: string; body: TemplateBody; createdById: string },
  ): Promise<boolean> {
    const result = await em.update(
      ProgramTemplateEntity,
      { id: templateId, latestVersion: basedOn },
      { latestVersion: basedOn + 1, title: values.title },
    );
    if (!result.affected) return false;
    await em.insert(ProgramTemplateVersionEntity, { ...values, templateId, version: basedOn + 1 });
    return true;
  }

  /**
   * The organisations the person belongs to, with their role, and those where they facilitate a
   * cohort as a Guest (no membership), by name.
   */
  standings(userId: string): Promise<OrganizationStanding[]> {
    return this.dataSource.query(
      `SELECT o.id AS organization_id, o.name, m.role,
              m.user_id IS NULL AND EXISTS (
                SELECT 1 FROM cohort_member g WHERE g.organization_id = o.id AND g.user_id = $1
                   AND g.guest AND g.role = 'FACILITATOR') AS guest_facilitator
         FROM organization o LEFT JOIN membership m ON m.organization_id = o.id AND m.user_id = $1
        WHERE m.user_id IS NOT NULL OR o.id IN (
                SELECT g.organization_id FROM cohort_member g WHERE g.user_id = $1 AND g.guest AND g.role = 'FACILITATOR')
        ORDER BY lower(o.name), o.id`,
      [userId],
    );
  }
}
