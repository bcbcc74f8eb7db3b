import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { Clock } from '../../common/clock/clock';
import { AppError } from '../../common/errors/app-error';
import { DomainEvents } from '../../common/events/domain-events';
import type { LaunchProgramInput, ProgramScheduleInput } from './dto/program-launch.types';
import type { ProgramTemplateVersionEntity } from './program-template-version.entity';
import { canLaunchInto } from './program-template.policy';
import { ProgramLaunchRepository } from './program-launch.repository';
import { parseCalendarDate, type ProgramSchedule, scheduleProgram } from './program-schedule';
import { ProgramTemplateService } from './program-template.service';
import type { TemplateBody } from './template-body';

export interface LaunchResult {
  launchId: string;
  cohortId: string;
  organizationId: string;
  promptIds: string[];
}

/** Puts a template version on the calendar (preview) and launches it as a cohort (one transaction). */
@Injectable()
export class ProgramLaunchService {
  constructor(
    private readonly templates: ProgramTemplateService,
    private readonly launches: ProgramLaunchRepository,
    private readonly events: DomainEvents,
    private readonly clock: Clock,
  ) {}

  async preview(actor: Actor, input: ProgramScheduleInput) {
    const { version } = await this.templates.requireVersion(actor, input.templateId, input.version);
    return { version, schedule: schedule(version.body, input) };
  }

  /**
   * Creates the cohort with the launcher as facilitator, its prompts (published, so each opens on
   * its date), its huddles with their linked prompts and agenda, and copies of the protocols the
   * template uses, all in one transaction: a failure anywhere leaves nothing behind. `em`: inside
   * the caller's transaction (then the caller announces the prompts once it commits).
   */
  async launch(actor: Actor, input: LaunchProgramInput, em?: EntityManager): Promise<LaunchResult> {
    const { version } = await this.templates.requireVersion(actor, input.templateId, input.version);
    const standing = (await actor.loaders.viewerStandings.load('viewer')).find(
      (s) => s.organization_id === input.organizationId,
    );
    if (!standing) throw AppError.notFound('Organization');
    const launchStanding = {
      organizationId: input.organizationId,
      orgRole: standing.role,
      guestFacilitator: standing.guest_facilitator,
    };
    if (!canLaunchInto(launchStanding))
      throw AppError.forbidden(
        'Only facilitators, admins and owners of an organisation, or its cohorts’ guest facilitators, launch programs in it.',
      );
    const planned = schedule(version.body, input);
    const asGuest = !standing.role;
    const result = await this.launches.transaction((tx) => this.write(tx, actor, input, version, planned, asGuest), em);
    if (!em) await this.announce(result, planned);
    return result;
  }

  private async write(
    tx: EntityManager,
    actor: Actor,
    input: LaunchProgramInput,
    version: ProgramTemplateVersionEntity,
    planned: ProgramSchedule,
    asGuest: boolean,
  ): Promise<LaunchResult> {
    const organizationId = input.organizationId;
    const body = version.body;
    const cohortId = await this.launches.createCohort(
      tx,
      {
        organizationId,
        name: input.cohortName,
        description: cohortDescription(version.description, body),
        startsOn: input.startDate,
        endsOn: planned.lastDate,
      },
      actor.user.id,
      asGuest,
    );
    const protocolIds: string[] = [];
    for (const copy of body.protocols) protocolIds.push(await this.launches.carryProtocol(tx, organizationId, copy));
    const publishedAt = this.clock.now();
    const promptIds = await this.launches.insertPrompts(
      tx,
      body.prompts.map((p, i) => {
        const at = planned.prompts[i]!;
        return {
          organizationId,
          cohortId,
          title: p.title,
          instructions: p.instructions,
          opensAt: at.opensAt,
          dueAt: at.dueAt,
          closesAt: at.closesAt,
          acceptedKinds: p.acceptedKinds,
          revealRule: p.revealRule,
          revealAt: at.revealAt,
          anonymity: p.anonymity,
          protocolId: !p.protocol
            ? null
            : 'builtInId' in p.protocol
              ? p.protocol.builtInId
              : protocolIds[p.protocol.copy]!,
          reviewMode: p.reviewMode,
          reviewsPerContribution: p.reviewsPerContribution,
          reviewGrouping: p.reviewGrouping,
          publishedAt,
          createdById: actor.user.id,
        };
      }),
    );
    await this.launches.insertHuddles(
      tx,
      { organizationId, cohortId, createdById: actor.user.id },
      body.huddles.map((h, i) => ({
        title: h.title,
        startsAt: planned.huddles[i]!.startsAt,
        timeZone: input.timeZone,
        durationMinutes: h.durationMinutes,
        promptIds: h.promptPositions.map((n) => promptIds[n]!),
        agenda: h.agenda,
      })),
    );
    const launchId = await this.launches.recordLaunch(tx, {
      organizationId,
      cohortId,
      templateVersionId: version.id,
      startDate: input.startDate,
      timeZone: input.timeZone,
      skipDates: [...new Set(input.skipDates)].sort(),
      launchedById: actor.user.id,
    });
    return { launchId, cohortId, organizationId, promptIds };
  }

  /** Published prompts that open now get their reminders swept at once, as when published by hand. */
  private async announce(result: LaunchResult, planned: ProgramSchedule): Promise<void> {
    for (const [i, promptId] of result.promptIds.entries()) {
      await this.events.emit({
        type: 'PromptPublished',
        promptId,
        cohortId: result.cohortId,
        organizationId: result.organizationId,
        opensAt: planned.prompts[i]!.opensAt,
      });
    }
  }
}

/** Validates the dates (real calendar dates) and computes the schedule. */
function schedule(body: TemplateBody, input: ProgramScheduleInput): ProgramSchedule {
  const errors: Record<string, string> = {};
  if (Number.isNaN(parseCalendarDate(input.startDate))) errors.startDate = `${input.startDate} is not a date.`;
  const bad = input.skipDates.find((d) => Number.isNaN(parseCalendarDate(d)));
  if (bad) errors.skipDates = `${bad} is not a date.`;
  if (Object.keys(errors).length) throw AppError.badInput(errors);
  return scheduleProgram(body, input);
}

/** The template's description, with its resources as a Markdown list (cohorts have no resource list yet). */
function cohortDescription(description: string, body: TemplateBody): string {
  if (!body.resources.length) return description;
  const links = body.resources.map((r) => `- [${r.title.replace(/[[\]]/g, '')}](${r.url})`).join('\n');
  return `${description}\n\n**Resources**\n\n${links}`.trim().slice(0, 2000);
}
