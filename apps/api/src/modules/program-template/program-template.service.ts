import { Injectable } from '@nestjs/common';
import type { OrgRole } from '@openhuddle/shared';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import type { ActorMembership } from '../../common/auth/request-context';
import { AppError } from '../../common/errors/app-error';
import type {
  CreateProgramTemplateInput,
  ProgramTemplateContentInput,
  UpdateProgramTemplateInput,
} from './dto/template-content.inputs';
import type { ProgramTemplateVersionEntity } from './program-template-version.entity';
import { canLaunchInto, canUseTemplates } from './program-template.policy';
import { ProgramLaunchRepository } from './program-launch.repository';
import { type OrganizationStanding, ProgramTemplateRepository, type TemplateRow } from './program-template.repository';
import { type TemplateBody, type TemplateProtocol, templateBodyErrors } from './template-body';
import { bodyFromInput, ProtocolCopies } from './template-content';

export interface OpenTemplate {
  row: TemplateRow;
  orgRole: OrgRole | null;
}

const PAGE_MAX = 100;

/** Authoring ProgramTemplates: list, read, create, edit (a new version each time), duplicate. */
@Injectable()
export class ProgramTemplateService {
  constructor(
    private readonly templates: ProgramTemplateRepository,
    private readonly launches: ProgramLaunchRepository,
  ) {}

  async list(membership: ActorMembership, first: number, after: string | null) {
    if (!canUseTemplates(membership.role))
      throw AppError.forbidden('Only facilitators, admins and owners use program templates.');
    const limit = Math.min(Math.max(first, 1), PAGE_MAX);
    const rows = await this.templates.list(membership.organizationId, limit + 1, decodeCursor(after));
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return { rows: page, nextCursor: rows.length > limit && last ? encodeCursor(last) : null };
  }

  /**
   * A template the actor may use: NOT_FOUND for members and other organisations alike, so an id
   * tells them nothing.
   */
  async require(actor: Actor, templateId: string): Promise<OpenTemplate> {
    const row = await this.templates.findRow(templateId);
    if (!row) throw AppError.notFound('Template');
    const membership = await actor.loaders.viewerMembership.load(row.organization_id);
    if (!canUseTemplates(membership?.role ?? null)) throw AppError.notFound('Template');
    return { row, orgRole: membership!.role };
  }

  async requireVersion(actor: Actor, templateId: string, version?: number | null) {
    const open = await this.require(actor, templateId);
    const found = await this.templates.findVersion(templateId, version ?? null);
    if (!found) throw AppError.badInput({ version: `Version ${version} of this template does not exist.` });
    return { ...open, version: found };
  }

  /** Organisations the actor may launch programs into (`canLaunchInto`). */
  async launchTargets(actor: Actor): Promise<OrganizationStanding[]> {
    const standings = await actor.loaders.viewerStandings.load('viewer');
    return standings.filter((s) =>
      canLaunchInto({ organizationId: s.organization_id, orgRole: s.role, guestFacilitator: s.guest_facilitator }),
    );
  }

  async create(actor: Actor, membership: ActorMembership, input: CreateProgramTemplateInput): Promise<string> {
    if (!canUseTemplates(membership.role))
      throw AppError.forbidden('Only facilitators, admins and owners write program templates.');
    const body = await this.bodyFor(membership.organizationId, input, null);
    return this.templates.transaction((em) =>
      this.templates.create(em, {
        organizationId: membership.organizationId,
        title: input.title,
        description: input.description,
        body,
        createdById: actor.user.id,
      }),
    );
  }

  /** Saves a new version. CONFLICT (and nothing saved) when the edit started from an older one. */
  async update(actor: Actor, input: UpdateProgramTemplateInput): Promise<string> {
    const { row } = await this.require(actor, input.templateId);
    const previous = await this.templates.findVersion(row.id, null);
    const body = await this.bodyFor(row.organization_id, input, previous?.body ?? null);
    const saved = await this.templates.transaction((em) =>
      this.templates.addVersion(em, row.id, input.basedOnVersion, {
        organizationId: row.organization_id,
        title: input.title,
        description: input.description,
        body,
        createdById: actor.user.id,
      }),
    );
    if (!saved) {
      const message =
        'Someone saved a newer version of this template meanwhile. Reload it, then make your change again.';
      throw AppError.conflict(message, { basedOnVersion: message });
    }
    return row.id;
  }

  /** A new template (version 1) with the content of the latest version, in the same organisation. */
  async duplicate(actor: Actor, templateId: string, title?: string | null): Promise<string> {
    const { row, version } = await this.requireVersion(actor, templateId);
    const copyTitle = title?.trim() || `Copy of ${row.title}`.slice(0, 120);
    if (copyTitle.length < 3) throw AppError.badInput({ title: 'Use 3 to 120 characters.' });
    return this.templates.transaction((em) => this.insertCopy(em, version, actor, copyTitle));
  }

  /** A new template from a body already validated (saving a cohort). */
  createFromBody(
    actor: Actor,
    organizationId: string,
    values: { title: string; description: string; body: TemplateBody },
  ): Promise<string> {
    return this.templates.transaction((em) =>
      this.templates.create(em, { organizationId, ...values, createdById: actor.user.id }),
    );
  }

  private insertCopy(em: EntityManager, version: ProgramTemplateVersionEntity, actor: Actor, title: string) {
    return this.templates.create(em, {
      organizationId: version.organizationId,
      title,
      description: version.description,
      body: version.body,
      createdById: actor.user.id,
    });
  }

  /**
   * Validates the editor's content into a version body. The organisation's own protocols are copied
   * in as they are now; a protocol the previous version had copied (its original since deleted, or
   * of the cohort's organisation it was saved from) stays as it was copied.
   */
  private async bodyFor(
    organizationId: string,
    input: ProgramTemplateContentInput,
    previous: TemplateBody | null,
  ): Promise<TemplateBody> {
    const ids = [...new Set(input.prompts.map((p) => p.protocolId).filter((id): id is string => !!id))];
    const live = new Map((await this.launches.protocols(ids)).map((p) => [p.id, p]));
    const copies = new ProtocolCopies((id): TemplateProtocol | null => {
      const own = live.get(id);
      if (own && own.organization_id === organizationId) {
        return {
          sourceId: id,
          name: own.name,
          description: own.description,
          sections: own.sections,
          rubric: own.rubric,
        };
      }
      return previous?.protocols.find((p) => p.sourceId === id) ?? null;
    });
    const { body, errors } = bodyFromInput(input, copies);
    Object.assign(errors, templateBodyErrors(body));
    if (Object.keys(errors).length) throw AppError.badInput(errors);
    return body;
  }
}

function encodeCursor(row: TemplateRow): string {
  return Buffer.from(JSON.stringify([new Date(row.updated_at).toISOString(), row.id])).toString('base64url');
}

/** A cursor the client altered is refused as bad input, not an internal error. */
function decodeCursor(cursor: string | null): { updatedAt: Date; id: string } | null {
  if (!cursor) return null;
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [string, string];
    const updatedAt = new Date(at);
    if (Number.isNaN(updatedAt.getTime()) || !/^[0-9a-f-]{36}$/i.test(id)) throw new Error('bad cursor');
    return { updatedAt, id };
  } catch {
    throw AppError.badInput({ after: 'This page link is not valid any more: start from the first page.' });
  }
}
