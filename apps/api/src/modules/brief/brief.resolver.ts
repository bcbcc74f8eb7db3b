import { CohortScoped, CurrentActor } from '../../common/auth/access.decorators';
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../common/auth/actor';
import { AppError } from '../../common/errors/app-error';
import { ContributionService } from '../contribution/contribution.service';
import { AgendaItem } from '../huddle/dto/huddle.types';
import { toAgendaItem } from '../huddle/huddle.mapper';
import { AgendaService } from '../huddle/agenda.service';
import { requireHuddle } from '../huddle/huddle-access';
import { PulseReadService } from '../pulse-survey/pulse-read.service';
import { pulseToMarkdown } from '../pulse-survey/pulse.markdown';
import { HuddleLiveService } from '../huddle/huddle-live.service';
import { briefToMarkdown } from './brief.markdown';
import { BriefQueries } from './brief.queries';
import { BriefService } from './brief.service';
import { Brief, HeldBackSuggestion } from './brief.types';
import { agendaSuggestions, heldBackSuggestions } from './agenda-suggestions';

@Resolver(() => Brief)
export class BriefResolver {
  constructor(
    private readonly briefs: BriefService,
    private readonly agenda: AgendaService,
    private readonly live: HuddleLiveService,
    private readonly contributions: ContributionService,
    private readonly queries: BriefQueries,
    private readonly pulses: PulseReadService,
  ) {}

  @CohortScoped('view', { huddle: 'huddleId' })
  @Query(() => Brief, { description: 'The huddle’s pre-read, computed now for the viewer.' })
  async brief(
    @Args('huddleId', { type: () => ID }) huddleId: string,
    @Args('first', { type: () => Int, defaultValue: 20, description: 'Contributions per prompt in this page.' })
    first: number,
    @CurrentActor() actor: Actor,
  ): Promise<Brief> {
    if (first < 1 || first > 500) throw AppError.badInput({ first: 'Ask for 1 to 500 contributions per prompt.' });
    const { huddle, access } = await requireHuddle(actor, huddleId);
    return this.briefs.compute(huddle, access, { first });
  }

  @CohortScoped('view', { huddle: 'huddleId' })
  @Query(() => String, { description: 'The brief as a Markdown document (same rules as the brief).' })
  async briefMarkdown(
    @Args('huddleId', { type: () => ID }) huddleId: string,
    @CurrentActor() actor: Actor,
  ): Promise<string> {
    const { huddle, access } = await requireHuddle(actor, huddleId);
    const markdown = briefToMarkdown(
      huddle.title,
      huddle.startsAt,
      await this.briefs.compute(huddle, access, { first: 500 }),
    );
    // The cohort's latest pulse, thresholded like the brief shows it (rule 8 holds in the export too).
    const pulse = pulseToMarkdown(await this.pulses.latestOfCohort(huddle.organizationId, huddle.cohortId));
    return pulse ? `${markdown.trimEnd()}\n\n${pulse}` : markdown;
  }

  @CohortScoped('view', { huddle: 'huddleId' })
  @Mutation(() => Boolean, { description: 'Records that the viewer has read the brief.' })
  async markBriefRead(
    @Args('huddleId', { type: () => ID }) huddleId: string,
    @CurrentActor() actor: Actor,
  ): Promise<boolean> {
    const { huddle, access } = await requireHuddle(actor, huddleId);
    await this.live.markBriefRead(huddle, access.userId);
    return true;
  }

  @CohortScoped('view', { contribution: 'contributionId' })
  @Mutation(() => Boolean, { description: 'Raises (or lowers) a "needs discussion" flag on a contribution.' })
  async flagForDiscussion(
    @Args('contributionId', { type: () => ID }) contributionId: string,
    @Args('on') on: boolean,
    @CurrentActor() actor: Actor,
  ): Promise<boolean> {
    const { contribution, access } = await this.contributions.requireVisible(actor, contributionId);
    await this.queries.setDiscussionFlag(contributionId, access.userId, contribution.organizationId, on);
    // Briefs open elsewhere update their counts; the event does not say who flagged.
    await this.contributions.activity(contribution, 'FLAGGED_FOR_DISCUSSION', null);
    return true;
  }

  @CohortScoped('facilitate', { huddle: 'huddleId' })
  @Mutation(() => [AgendaItem], {
    description:
      'Adds agenda items suggested by the brief: themes, top "needs discussion", spotlights, open questions.',
  })
  async suggestAgenda(
    @Args('huddleId', { type: () => ID }) huddleId: string,
    @CurrentActor() actor: Actor,
  ): Promise<AgendaItem[]> {
    const { huddle, access } = await requireHuddle(actor, huddleId, 'addAgendaItem');
    // Agenda items are shown to everyone in live mode and posted in the minutes: suggest them only
    // from what every member may see, never from contributions the reveal rules still hide.
    const brief = await this.briefs.compute(huddle, access, { first: 0, audience: 'everyone' });
    const suggestions = agendaSuggestions(brief);
    return (await this.agenda.addSuggestions(huddle, suggestions)).map(toAgendaItem);
  }

  @CohortScoped('facilitate', { huddle: 'huddleId' })
  @Query(() => [HeldBackSuggestion], {
    description:
      'What "Suggest from brief" leaves out because not every member may see it, with why; facilitators add one anyway with `titleIfAdded`.',
  })
  async heldBackAgendaSuggestions(
    @Args('huddleId', { type: () => ID }) huddleId: string,
    @CurrentActor() actor: Actor,
  ): Promise<HeldBackSuggestion[]> {
    const { huddle, access } = await requireHuddle(actor, huddleId, 'addAgendaItem');
    const facilitator = await this.briefs.compute(huddle, access, { first: 0 });
    const everyone = await this.briefs.compute(huddle, access, { first: 0, audience: 'everyone' });
    return heldBackSuggestions(facilitator, everyone);
  }
}
