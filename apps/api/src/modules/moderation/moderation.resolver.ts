import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CohortScoped, CurrentActor } from '../../common/auth/access.decorators';
import type { Actor } from '../../common/auth/actor';
import { AppError } from '../../common/errors/app-error';
import { canManageCohort } from '../cohort/cohort.policy';
import { Cohort } from '../cohort/dto/cohort.types';
import { Prompt } from '../prompt/dto/prompt.types';
import {
  CohortMute,
  ContentRefInput,
  HideContentInput,
  ModeratedContent,
  MuteMemberInput,
  ReportContentInput,
  ReportedContent,
  ReportReceipt,
  UnmuteMemberInput,
} from './dto/moderation.types';
import { toModeratedContent, toReport } from './moderation.mapper';
import { ModerationService } from './moderation.service';
import { MuteService } from './mute.service';

const toMute = (m: { cohortId: string; userId: string; until: Date | null }) =>
  Object.assign(new CohortMute(), { cohortId: m.cohortId, userId: m.userId, until: m.until });

/** Reports, the report queue, hiding and restoring, muting. */
@Resolver()
export class ModerationResolver {
  constructor(
    private readonly moderation: ModerationService,
    private readonly mutes: MuteService,
  ) {}

  @CohortScoped('view', { content: 'input.subjectId' })
  @Mutation(() => ReportReceipt, { description: 'Reports content to the cohort’s facilitators (again: no change).' })
  async reportContent(@Args('input') input: ReportContentInput, @CurrentActor() actor: Actor): Promise<ReportReceipt> {
    const report = await this.moderation.report(
      actor,
      input.subjectType,
      input.subjectId,
      input.reason,
      input.note ?? null,
    );
    return Object.assign(new ReportReceipt(), { id: report.id, status: report.status });
  }

  @CohortScoped('facilitate', { content: 'input.subjectId' })
  @Mutation(() => ModeratedContent, { description: 'Hides content for everyone; its author sees the reason.' })
  async hideContent(@Args('input') input: HideContentInput, @CurrentActor() actor: Actor): Promise<ModeratedContent> {
    const row = await this.moderation.hide(actor, input.subjectType, input.subjectId, input.reason);
    return toModeratedContent(row, (await actor.loaders.cohortAccess.load(row.cohort_id))!);
  }

  @CohortScoped('facilitate', { content: 'input.subjectId' })
  @Mutation(() => ModeratedContent)
  async restoreContent(@Args('input') input: ContentRefInput, @CurrentActor() actor: Actor): Promise<ModeratedContent> {
    const row = await this.moderation.restore(actor, input.subjectType, input.subjectId);
    return toModeratedContent(row, (await actor.loaders.cohortAccess.load(row.cohort_id))!);
  }

  @CohortScoped('facilitate', { content: 'input.subjectId' })
  @Mutation(() => Boolean, { description: 'Closes the open reports on content that stays.' })
  async dismissReports(@Args('input') input: ContentRefInput, @CurrentActor() actor: Actor): Promise<boolean> {
    await this.moderation.dismiss(actor, input.subjectType, input.subjectId);
    return true;
  }

  @CohortScoped('facilitate', { cohort: 'cohortId' })
  @Query(() => [ReportedContent], { description: 'Open reports of a cohort, grouped by what they report.' })
  async reportQueue(
    @Args('cohortId', { type: () => ID }) cohortId: string,
    @CurrentActor() actor: Actor,
  ): Promise<ReportedContent[]> {
    const { items, access } = await this.moderation.queue(actor, cohortId);
    return items.map((item) =>
      Object.assign(new ReportedContent(), {
        content: toModeratedContent(item.content, access),
        reports: item.reports.map((r) => toReport(r, access)),
      }),
    );
  }

  @CohortScoped('facilitate', { cohort: 'input.cohortId' })
  @Mutation(() => CohortMute)
  async muteMember(@Args('input') input: MuteMemberInput, @CurrentActor() actor: Actor): Promise<CohortMute> {
    return toMute(await this.mutes.mute(actor, input.cohortId, input.userId, input.duration));
  }

  @CohortScoped('facilitate', { cohort: 'input.cohortId' })
  @Mutation(() => Boolean)
  async unmuteMember(@Args('input') input: UnmuteMemberInput, @CurrentActor() actor: Actor): Promise<boolean> {
    await this.mutes.unmute(actor, input.cohortId, input.userId);
    return true;
  }
}

/** What a cohort's page needs of moderation: the viewer's mute (banner), open reports (facilitators' link), mutes. */
@Resolver(() => Cohort)
export class CohortModerationResolver {
  constructor(
    private readonly moderation: ModerationService,
    private readonly muting: MuteService,
  ) {}

  @ResolveField(() => CohortMute, { nullable: true, description: 'The viewer’s mute in force here, if any.' })
  async viewerMute(@Parent() cohort: Cohort, @CurrentActor() actor: Actor): Promise<CohortMute | null> {
    const mute = await this.muting.activeMute(cohort.id, actor.user.id);
    return mute ? toMute(mute) : null;
  }

  @ResolveField(() => Int, { description: 'Content with open reports (0 unless the viewer moderates the cohort).' })
  async openReportCount(@Parent() cohort: Cohort, @CurrentActor() actor: Actor): Promise<number> {
    const access = await actor.loaders.cohortAccess.load(cohort.id);
    if (!access || !canManageCohort(access)) return 0;
    return (await this.moderation.openReportCounts([cohort.id])).get(cohort.id) ?? 0;
  }

  @ResolveField(() => [CohortMute], { description: 'Mutes in force (empty unless the viewer moderates the cohort).' })
  async mutes(@Parent() cohort: Cohort, @CurrentActor() actor: Actor): Promise<CohortMute[]> {
    const access = await actor.loaders.cohortAccess.load(cohort.id);
    if (!access || !canManageCohort(access)) return [];
    return (await this.muting.activeMutesOf(cohort.id)).map(toMute);
  }
}

/** Tombstones on a prompt's page: the author's own hidden content with its reason; all of it for facilitators. */
@Resolver(() => Prompt)
export class PromptModerationResolver {
  constructor(private readonly moderation: ModerationService) {}

  @ResolveField(() => [ModeratedContent])
  async hiddenContent(@Parent() prompt: Prompt, @CurrentActor() actor: Actor): Promise<ModeratedContent[]> {
    const access = await actor.loaders.cohortAccess.load(prompt.cohortId);
    if (!access) throw AppError.notFound('Prompt');
    const rows = await this.moderation.hiddenOfPrompts([prompt.id], canManageCohort(access) ? null : access.userId);
    return rows.map((r) => toModeratedContent(r, access));
  }
}
