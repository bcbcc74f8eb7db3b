import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CohortScoped, CurrentActor } from '../../common/auth/access.decorators';
import type { Actor } from '../../common/auth/actor';
import { toCohortFeedConnection } from './cohort-feed.mapper';
import { CohortFeedService, FEED_PAGE_MAX } from './cohort-feed.service';
import { CohortFeedConnection } from './dto/cohort-feed.types';

@Resolver()
export class CohortFeedResolver {
  constructor(private readonly feed: CohortFeedService) {}

  @CohortScoped('view', { cohort: 'cohortId' })
  @Query(() => CohortFeedConnection, {
    description:
      'What is new across the cohort’s prompts that the viewer may see — peers’ contributions, feedback on theirs, ' +
      'replies, huddle outcomes — newest first, a page at a time.',
  })
  async cohortFeed(
    @Args('cohortId', { type: () => ID }) cohortId: string,
    @CurrentActor() actor: Actor,
    @Args('first', { type: () => Int, defaultValue: 20, description: `1 to ${FEED_PAGE_MAX}.` }) first: number,
    @Args('after', { type: () => String, nullable: true, description: 'The previous page’s `endCursor`.' })
    after: string | null,
  ): Promise<CohortFeedConnection> {
    return toCohortFeedConnection(await this.feed.page(actor, cohortId, first, after));
  }

  @CohortScoped('view', { cohort: 'cohortId' })
  @Mutation(() => Boolean, { description: 'Marks the cohort’s feed seen: its "new" markers clear.' })
  async markCohortFeedSeen(
    @Args('cohortId', { type: () => ID }) cohortId: string,
    @CurrentActor() actor: Actor,
  ): Promise<boolean> {
    await this.feed.markSeen(actor, cohortId);
    return true;
  }
}
