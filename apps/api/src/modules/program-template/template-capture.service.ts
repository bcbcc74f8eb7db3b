import { Injectable } from '@nestjs/common';
import { PROGRAM_TEMPLATE_LIMITS as L } from '@openhuddle/shared';
import type { Actor } from '../../common/auth/actor';
import { AppError } from '../../common/errors/app-error';
import { requireCohortAccess } from '../cohort/cohort-access';
import { toWallMs } from '../huddle/zoned-time';
import { CohortCaptureRepository, type CapturedCohort } from './cohort-capture.repository';
import type { SaveCohortAsTemplateInput } from './dto/program-launch.types';
import { canSaveCohortAsTemplate } from './program-template.policy';
import { ProgramLaunchRepository } from './program-launch.repository';
import { ProgramTemplateService } from './program-template.service';
import type { TemplateBody, TemplatePrompt, TemplateProtocol, TemplateTime } from './template-body';
import { ProtocolCopies } from './template-content';

const DAY_MS = 86_400_000;

/** "Save as template": a cohort's prompts and huddles, as days and local times from its start. */
@Injectable()
export class TemplateCaptureService {
  constructor(
    private readonly capture: CohortCaptureRepository,
    private readonly launches: ProgramLaunchRepository,
    private readonly templates: ProgramTemplateService,
  ) {}

  async saveCohort(actor: Actor, input: SaveCohortAsTemplateInput): Promise<string> {
    const access = await requireCohortAccess(actor, input.cohortId, 'facilitate');
    const authoringOrgId = input.organizationId ?? access.organizationId;
    const authoring = await actor.loaders.viewerMembership.load(authoringOrgId);
    if (!authoring) throw AppError.notFound('Organization');
    if (!canSaveCohortAsTemplate(access, authoring.role))
      throw AppError.forbidden('Only facilitators, admins and owners of the organisation write its templates.');
    const cohort = await this.capture.capture(input.cohortId);
    if (!cohort) throw AppError.notFound('Cohort');
    if (cohort.prompts.length > L.promptsMax || cohort.huddles.length > L.huddlesMax) {
      throw AppError.badInput({
        cohortId: `A template holds at most ${L.promptsMax} prompts and ${L.huddlesMax} huddles.`,
      });
    }
    const body = await this.bodyOf(cohort, access.organizationId, cohort.huddles[0]?.time_zone ?? actor.user.timeZone);
    return this.templates.createFromBody(actor, authoringOrgId, {
      title: input.title,
      description: cohort.description.slice(0, L.descriptionMax),
      body,
    });
  }

  /**
   * Days count from the cohort's start date, or from its first prompt or huddle if that comes
   * earlier (a template has no negative days); local times are read in the zone its huddles were
   * scheduled in (else the facilitator's).
   */
  private async bodyOf(cohort: CapturedCohort, cohortOrgId: string, timeZone: string): Promise<TemplateBody> {
    const localDay = (d: Date) => Math.floor(toWallMs(d, timeZone) / DAY_MS) * DAY_MS;
    const instants = [...cohort.prompts.map((p) => p.opensAt), ...cohort.huddles.map((h) => h.starts_at)];
    const days = instants.map(localDay);
    if (cohort.starts_on) days.push(Date.parse(`${cohort.starts_on}T00:00:00Z`));
    const start = days.length ? Math.min(...days) : 0;
    const at = (d: Date): TemplateTime => {
      const wall = new Date(toWallMs(d, timeZone)).toISOString();
      return { day: Math.min(Math.round((localDay(d) - start) / DAY_MS), L.dayOffsetMax), time: wall.slice(11, 16) };
    };
    const ids = [...new Set(cohort.prompts.map((p) => p.protocolId).filter((id): id is string => !!id))];
    const own = new Map((await this.launches.protocols(ids)).map((p) => [p.id, p]));
    // The cohort's organisation's protocols come along as copies (the template may live elsewhere).
    const copies = new ProtocolCopies((id): TemplateProtocol | null => {
      const p = own.get(id);
      return p && p.organization_id === cohortOrgId
        ? { sourceId: id, name: p.name, description: p.description, sections: p.sections, rubric: p.rubric }
        : null;
    });
    const position = new Map(cohort.prompts.map((p, i) => [p.id, i]));
    const prompts = cohort.prompts.map((p): TemplatePrompt => {
      const protocol = copies.ref(p.protocolId);
      return {
        title: p.title,
        instructions: p.instructions,
        acceptedKinds: p.acceptedKinds,
        revealRule: p.revealRule,
        reveal: p.revealAt ? at(p.revealAt) : null,
        anonymity: p.anonymity,
        protocol: protocol === 'unusable' ? null : protocol,
        reviewMode: p.reviewMode,
        reviewsPerContribution: p.reviewsPerContribution,
        reviewGrouping: p.reviewGrouping,
        opens: at(p.opensAt),
        due: p.dueAt ? at(p.dueAt) : null,
        closes: p.closesAt ? at(p.closesAt) : null,
      };
    });
    const huddles = cohort.huddles.map((h) => ({
      title: h.title,
      at: at(h.starts_at),
      durationMinutes: h.duration_minutes,
      promptPositions: h.prompt_ids.map((id) => position.get(id)).filter((n): n is number => n !== undefined),
      agenda: h.agenda.slice(0, L.agendaItemsMax),
    }));
    return { prompts, huddles, protocols: copies.list, resources: [] };
  }
}
