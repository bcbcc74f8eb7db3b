import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CohortScoped, CurrentActor, SignedIn } from '../../common/auth/access.decorators';
import type { Actor } from '../../common/auth/actor';
import { requireCohortAccess } from '../cohort/cohort-access';
import { canManageCohort } from '../cohort/cohort.policy';
import { Cohort } from '../cohort/dto/cohort.types';
import { ProgramTemplate } from './dto/program-template.types';
import {
  LaunchProgramInput,
  ProgramLaunch,
  ProgramScheduleInput,
  ProgramSchedulePreview,
  SaveCohortAsTemplateInput,
} from './dto/program-launch.types';
import { ProgramLaunchService } from './program-launch.service';
import { canSaveCohortAsTemplate } from './program-template.policy';
import type { LaunchRow } from './program-launch.repository';
import { ProgramTemplateResolver } from './program-template.resolver';
import { TemplateCaptureService } from './template-capture.service';

function toLaunch(row: LaunchRow): ProgramLaunch {
  return {
    id: row.id,
    cohortId: row.cohort_id,
    organizationId: row.organization_id,
    templateId: row.template_id,
    templateTitle: row.template_title,
    version: row.version,
    startDate: row.start_date,
    timeZone: row.time_zone,
    skipDates: row.skip_dates,
    launchedAt: row.launched_at,
  };
}

@Resolver(() => ProgramLaunch)
export class ProgramLaunchResolver {
  constructor(
    private readonly launches: ProgramLaunchService,
    private readonly capture: TemplateCaptureService,
    private readonly templates: ProgramTemplateResolver,
  ) {}

  @SignedIn() // the template's organisation is checked by the service
  @Query(() => ProgramSchedulePreview, {
    description: 'The dates a template version would get for a start date, time zone and skipped dates.',
  })
  async programSchedulePreview(
    @Args('input') input: ProgramScheduleInput,
    @CurrentActor() actor: Actor,
  ): Promise<ProgramSchedulePreview> {
    const { version, schedule } = await this.launches.preview(actor, input);
    return {
      version: version.version,
      timeZone: input.timeZone,
      startDate: input.startDate,
      endDate: schedule.lastDate,
      prompts: schedule.prompts,
      huddles: schedule.huddles,
    };
  }

  @SignedIn() // the template's organisation and the target (canLaunchInto) are checked by the service
  @Mutation(() => ProgramLaunch, {
    description:
      'Launches a template version as a new cohort in the organisation: real dates, published prompts, huddles, copied protocols, all or nothing.',
  })
  async launchProgram(@Args('input') input: LaunchProgramInput, @CurrentActor() actor: Actor): Promise<ProgramLaunch> {
    const { cohortId } = await this.launches.launch(actor, input);
    const row = await actor.loaders.programLaunchByCohort.load(cohortId);
    return toLaunch(row!);
  }

  @CohortScoped('facilitate', { cohort: 'input.cohortId' })
  @Mutation(() => ProgramTemplate, { description: 'A new template from the cohort’s prompts and huddles.' })
  async saveCohortAsTemplate(
    @Args('input') input: SaveCohortAsTemplateInput,
    @CurrentActor() actor: Actor,
  ): Promise<ProgramTemplate> {
    return this.templates.programTemplate(await this.capture.saveCohort(actor, input), actor);
  }
}

/** Cohort fields this module adds: where it was launched from, and whether it can become a template. */
@Resolver(() => Cohort)
export class CohortProgramResolver {
  @ResolveField(() => ProgramLaunch, {
    nullable: true,
    description:
      'The template version it was launched from (for those who run it; null otherwise or when built by hand).',
  })
  async programLaunch(@Parent() cohort: Cohort, @CurrentActor() actor: Actor): Promise<ProgramLaunch | null> {
    const access = await requireCohortAccess(actor, cohort.id, 'view');
    if (!canManageCohort(access)) return null;
    const row = await actor.loaders.programLaunchByCohort.load(cohort.id);
    return row ? toLaunch(row) : null;
  }

  @ResolveField(() => Boolean, { description: 'Whether the viewer may save this cohort as a program template.' })
  async viewerCanSaveAsTemplate(@Parent() cohort: Cohort, @CurrentActor() actor: Actor): Promise<boolean> {
    const access = await requireCohortAccess(actor, cohort.id, 'view');
    return canSaveCohortAsTemplate(access, access.orgRole);
  }
}
