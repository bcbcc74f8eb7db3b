import { Inject, type OnModuleInit } from '@nestjs/common';
import { Args, ID, Resolver, Subscription } from '@nestjs/graphql';
import type { PubSubEngine } from 'graphql-subscriptions';
import type { RequestContext } from '../../common/auth/request-context';
import { type CohortActivityHappened, DomainEvents } from '../../common/events/domain-events';
import { CohortScoped, CurrentActor } from '../../common/auth/access.decorators';
import type { Actor } from '../../common/auth/actor';
import { LoaderRegistry, type Loaders } from '../../common/graphql/loader-registry';
import { requireCohortAccess } from '../cohort/cohort-access';
import { toContribution } from '../contribution/contribution.mapper';
import { type ActivityKind, CohortActivity } from './activity.types';
import { cohortTopic, PUB_SUB } from './pub-sub';

interface Delivered {
  event: CohortActivityHappened;
}

/** One event as one subscriber may see it, with the loaders it was read through. */
interface View {
  activity: CohortActivity;
  loaders: Loaders;
}

/**
 * Relays cohort activity to subscribers. Every event is re-read for each subscriber with
 * fresh loaders — the same SQL visibility and the same mapper as queries — so reveal rules
 * and anonymity hold in events exactly as in lists. The payload's nested fields (comments,
 * feedback, reactions) resolve through those same fresh loaders: the context of a subscription
 * lives as long as the subscription, and its own loaders would answer every later event from
 * what they cached for the first.
 */
@Resolver(() => CohortActivity)
export class ActivityResolver implements OnModuleInit {
  constructor(
    @Inject(PUB_SUB) private readonly pubSub: PubSubEngine,
    private readonly events: DomainEvents,
    private readonly loaderRegistry: LoaderRegistry,
  ) {}

  onModuleInit(): void {
    this.events.on('CohortActivityHappened', async (event) => {
      await this.pubSub.publish(cohortTopic(event.cohortId), { event } satisfies Delivered);
    });
  }

  @Subscription(() => CohortActivity, {
    description:
      'New contributions, edits, feedback, comments, spotlights and "needs discussion" flags in a cohort that the viewer may see.',
    filter(this: ActivityResolver, payload: Delivered, _args: unknown, ctx: RequestContext) {
      return this.viewFor(payload, ctx).then((view) => !!view);
    },
    async resolve(this: ActivityResolver, payload: Delivered, _args: unknown, ctx: RequestContext) {
      const view = await this.viewFor(payload, ctx);
      // Events of one subscription are resolved one after another, so swapping is safe.
      if (view) {
        ctx.loaders = view.loaders;
        if (ctx.actor) ctx.actor = { ...ctx.actor, loaders: view.loaders };
      }
      return view?.activity;
    },
  })
  @CohortScoped('view')
  async cohortActivity(@Args('cohortId', { type: () => ID }) cohortId: string, @CurrentActor() actor: Actor) {
    await requireCohortAccess(actor, cohortId, 'view');
    return this.pubSub.asyncIterableIterator(cohortTopic(cohortId));
  }

  private async viewFor(payload: Delivered, ctx: RequestContext): Promise<View | null> {
    const viewerId = ctx.viewer?.user.id ?? null;
    if (!viewerId) return null;
    // One delivery object is shared by all subscribers: cache the view per subscriber.
    const cache = ((payload as Delivered & { views?: Map<string, View | null> }).views ??= new Map());
    if (cache.has(viewerId)) return cache.get(viewerId)!;
    // Fresh loaders per event: access is decided again at delivery, so a member removed (or signed
    // out) since subscribing receives nothing more.
    const loaders = this.loaderRegistry.create(viewerId);
    const [contribution, access] = await Promise.all([
      loaders.visibleContribution.load(payload.event.contributionId),
      loaders.cohortAccess.load(payload.event.cohortId),
    ]);
    const view =
      contribution && access
        ? {
            activity: Object.assign(new CohortActivity(), {
              kind: payload.event.kind as ActivityKind,
              promptId: payload.event.promptId,
              subjectId: payload.event.subjectId,
              contribution: toContribution(contribution, access),
            }),
            loaders,
          }
        : null;
    cache.set(viewerId, view);
    return view;
  }
}
