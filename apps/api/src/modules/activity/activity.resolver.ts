import { Inject, type OnModuleInit } from '@nestjs/common';
import { Args, Context, ID, Resolver, Subscription } from '@nestjs/graphql';
import type { PubSubEngine } from 'graphql-subscriptions';
import { DataSource } from 'typeorm';
import type { RequestContext } from '../../common/auth/request-context';
import { type CohortActivityHappened, DomainEvents } from '../../common/events/domain-events';
import { createLoaders } from '../../common/graphql/loaders';
import { requireCohortAccess } from '../cohort/cohort-access';
import { toContribution } from '../contribution/contribution.mapper';
import { type ActivityKind, CohortActivity } from './activity.types';
import { cohortTopic, PUB_SUB } from './pub-sub';

interface Delivered {
  event: CohortActivityHappened;
  /** Filled by the filter for this subscriber, used by resolve. */
  view?: CohortActivity;
}

/**
 * Relays cohort activity to subscribers. Every event is re-read for each subscriber with
 * fresh loaders — the same SQL visibility and the same mapper as queries — so reveal rules
 * and anonymity hold in events exactly as in lists.
 */
@Resolver(() => CohortActivity)
export class ActivityResolver implements OnModuleInit {
  constructor(
    @Inject(PUB_SUB) private readonly pubSub: PubSubEngine,
    private readonly events: DomainEvents,
    private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.events.on('CohortActivityHappened', async (event) => {
      await this.pubSub.publish(cohortTopic(event.cohortId), { event } satisfies Delivered);
    });
  }

  @Subscription(() => CohortActivity, {
    description: 'New contributions, edits, feedback and comments in a cohort that the viewer may see.',
    filter(this: ActivityResolver, payload: Delivered, _args: unknown, ctx: RequestContext) {
      return this.viewFor(payload, ctx).then((view) => !!view);
    },
    resolve(this: ActivityResolver, payload: Delivered, _args: unknown, ctx: RequestContext) {
      return this.viewFor(payload, ctx);
    },
  })
  async cohortActivity(@Args('cohortId', { type: () => ID }) cohortId: string, @Context() ctx: RequestContext) {
    await requireCohortAccess(ctx, cohortId, 'view');
    return this.pubSub.asyncIterableIterator(cohortTopic(cohortId));
  }

  private async viewFor(payload: Delivered, ctx: RequestContext): Promise<CohortActivity | null> {
    const viewerId = ctx.viewer?.user.id ?? null;
    if (!viewerId) return null;
    // One delivery object is shared by all subscribers: cache the view per subscriber.
    const cache = ((payload as Delivered & { views?: Map<string, CohortActivity | null> }).views ??= new Map());
    if (cache.has(viewerId)) return cache.get(viewerId)!;
    const loaders = createLoaders(this.dataSource, viewerId);
    const [contribution, access] = await Promise.all([
      loaders.visibleContribution.load(payload.event.contributionId),
      loaders.cohortAccess.load(payload.event.cohortId),
    ]);
    const view =
      contribution && access
        ? Object.assign(new CohortActivity(), {
            kind: payload.event.kind as ActivityKind,
            promptId: payload.event.promptId,
            subjectId: payload.event.subjectId,
            contribution: toContribution(contribution, access),
          })
        : null;
    cache.set(viewerId, view);
    return view;
  }
}
