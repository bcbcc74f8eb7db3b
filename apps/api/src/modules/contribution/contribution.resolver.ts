import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { LEARNING_LIMITS, OrgRole } from '@openhuddle/shared';
import { CohortScoped, CurrentActor, CurrentMembership, OrgScoped } from '../../common/auth/access.decorators';
import type { Actor } from '../../common/auth/actor';
import { AppError } from '../../common/errors/app-error';
import { isUUID } from 'class-validator';
import type { MembershipEntity } from '../organization/membership.entity';
import { seesAsFacilitator } from '../cohort/cohort.policy';
import { SearchHit } from './search';
import { inPageOrder, pageAfter, pageSize } from '../../common/pagination/page-info';
import { COMMENT_PAGE_MAX, commentPageKey, toCommentConnection } from './comment-page';
import { decodeContributionCursor } from './contribution-page.loader';
import { CommentConnection, ContributionConnection } from './dto/contribution-connection.types';
import { Prompt } from '../prompt/dto/prompt.types';
import { toComment, toContribution, toRevision } from './contribution.mapper';
import { ContributionService } from './contribution.service';
import { CommentService } from './comment.service';
import {
  AddCommentInput,
  Attachment,
  Comment,
  Contribution,
  ContributionRevision,
  EditContributionInput,
  ReactInput,
  ReactionCount,
  SaveDraftInput,
  SpotlightContributionInput,
} from './dto/contribution.types';

export const CONTRIBUTION_PAGE_MAX = 50;

@Resolver(() => Contribution)
export class ContributionResolver {
  constructor(
    private readonly contributions: ContributionService,
    private readonly commentService: CommentService,
  ) {}

  @CohortScoped('view', { contribution: 'id' })
  @Query(() => Contribution)
  async contribution(@Args('id', { type: () => ID }) id: string, @CurrentActor() actor: Actor): Promise<Contribution> {
    const { contribution, access } = await this.contributions.requireVisible(actor, id);
    return toContribution(contribution, access);
  }

  @OrgScoped(OrgRole.MEMBER, 'organizationId')
  @Query(() => [SearchHit], {
    description:
      "Full-text search over what the viewer may see in the organization (or one of its cohorts), in the organization's language; accents optional.",
  })
  async search(
    @Args('organizationId', { type: () => ID }) organizationId: string,
    @Args('query') query: string,
    @CurrentMembership() membership: MembershipEntity,
    @Args('cohortId', { type: () => ID, nullable: true }) cohortId?: string,
  ): Promise<SearchHit[]> {
    const trimmed = query.trim();
    if (!trimmed || trimmed.length > LEARNING_LIMITS.searchQueryMax) {
      throw AppError.badInput({ query: `Search for 1 to ${LEARNING_LIMITS.searchQueryMax} characters.` });
    }
    if (cohortId && !isUUID(cohortId)) throw AppError.badInput({ cohortId: 'Unknown cohort.' });
    return this.contributions.search(organizationId, membership.userId, trimmed, cohortId ?? undefined);
  }

  @CohortScoped('post', { prompt: 'input.promptId' })
  @Mutation(() => Contribution, { description: 'Creates or autosaves a private draft.' })
  async saveDraft(@Args('input') input: SaveDraftInput, @CurrentActor() actor: Actor): Promise<Contribution> {
    const saved = await this.contributions.saveDraft(actor, input);
    return this.reload(actor, saved.id);
  }

  @CohortScoped('post', { contribution: 'id' })
  @Mutation(() => Contribution)
  async publishContribution(
    @Args('id', { type: () => ID }) id: string,
    @CurrentActor() actor: Actor,
  ): Promise<Contribution> {
    await this.contributions.publish(actor, id);
    return this.reload(actor, id);
  }

  @CohortScoped('post', { contribution: 'input.contributionId' })
  @Mutation(() => Contribution, {
    description: 'Edits a published contribution; CONFLICT if someone saved a newer version.',
  })
  async editContribution(
    @Args('input') input: EditContributionInput,
    @CurrentActor() actor: Actor,
  ): Promise<Contribution> {
    await this.contributions.edit(actor, input);
    return this.reload(actor, input.contributionId);
  }

  @CohortScoped('view', { contribution: 'id' })
  @Mutation(() => Boolean, { description: 'Deletes for everyone; an auditable tombstone stays.' })
  async deleteContribution(@Args('id', { type: () => ID }) id: string, @CurrentActor() actor: Actor): Promise<boolean> {
    await this.contributions.delete(actor, id);
    return true;
  }

  @CohortScoped('facilitate', { contribution: 'input.contributionId' })
  @Mutation(() => Contribution)
  async spotlightContribution(
    @Args('input') input: SpotlightContributionInput,
    @CurrentActor() actor: Actor,
  ): Promise<Contribution> {
    await this.contributions.spotlight(actor, input.contributionId, input.spotlight);
    return this.reload(actor, input.contributionId);
  }

  @CohortScoped('view', { contribution: 'input.contributionId' })
  @Mutation(() => Contribution, { description: 'Adds or takes back a reaction.' })
  async react(@Args('input') input: ReactInput, @CurrentActor() actor: Actor): Promise<Contribution> {
    await this.contributions.react(actor, input.contributionId, input.kind, input.on);
    return this.reload(actor, input.contributionId);
  }

  @CohortScoped('view', { prompt: 'promptId' })
  @Mutation(() => Boolean, { description: 'Marks the prompt read: its new-contributions badge clears.' })
  async markPromptRead(
    @Args('promptId', { type: () => ID }) promptId: string,
    @CurrentActor() actor: Actor,
  ): Promise<boolean> {
    await this.contributions.markPromptRead(actor, promptId);
    return true;
  }

  @ResolveField(() => [ReactionCount])
  reactions(@Parent() contribution: Contribution, @CurrentActor() actor: Actor) {
    return actor.loaders.reactionsByContribution.load(contribution.id);
  }

  @CohortScoped('view', { contribution: 'input.contributionId' })
  @Mutation(() => Comment)
  async addComment(@Args('input') input: AddCommentInput, @CurrentActor() actor: Actor): Promise<Comment> {
    const { comment, contribution, access } = await this.commentService.addComment(actor, input);
    return toComment(comment, toContribution(contribution, access));
  }

  @ResolveField(() => CommentConnection, {
    description: 'A page of the contribution’s own discussion, oldest first (replies after what they answer).',
  })
  async commentPage(
    @Parent() contribution: Contribution,
    @CurrentActor() actor: Actor,
    @Args('first', { type: () => Int, defaultValue: 3, description: `1 to ${COMMENT_PAGE_MAX}.` }) first: number,
    @Args('after', { type: () => String, nullable: true, description: 'The previous page’s `endCursor`.' })
    after: string | null,
  ): Promise<CommentConnection> {
    const key = commentPageKey(contribution.id, first, after);
    const [page, totalCount] = await Promise.all([
      actor.loaders.commentPage.load(key),
      actor.loaders.commentCount.load(contribution.id),
    ]);
    return toCommentConnection(actor, contribution, page, totalCount);
  }

  @ResolveField(() => [Comment])
  async comments(@Parent() contribution: Contribution, @CurrentActor() actor: Actor): Promise<Comment[]> {
    return (await actor.loaders.commentsByContribution.load(contribution.id)).map((c) => toComment(c, contribution));
  }

  @ResolveField(() => [Attachment])
  async attachments(@Parent() contribution: Contribution, @CurrentActor() actor: Actor): Promise<Attachment[]> {
    return (await actor.loaders.attachmentsByContribution.load(contribution.id)).map((a) =>
      Object.assign(new Attachment(), {
        id: a.id,
        fileName: a.fileName,
        contentType: a.contentType,
        size: a.size,
        url: `/api/attachments/${a.id}`,
      }),
    );
  }

  @ResolveField(() => [ContributionRevision], { description: 'Earlier versions, newest first.' })
  async revisions(@Parent() contribution: Contribution, @CurrentActor() actor: Actor): Promise<ContributionRevision[]> {
    const revisions = await actor.loaders.revisionsByContribution.load(contribution.id);
    const editor = contribution.author ? contribution.author : undefined;
    return revisions.map((r) =>
      toRevision(r, contribution, r.editedById === contribution.authorId ? editor : undefined),
    );
  }

  private async reload(actor: Actor, id: string): Promise<Contribution> {
    actor.loaders.visibleContribution.clear(id);
    const { contribution, access } = await this.contributions.requireVisible(actor, id);
    return toContribution(contribution, access);
  }
}

/** Prompt fields that read contributions, with the reveal rules applied in SQL. */
@Resolver(() => Prompt)
export class PromptContributionsResolver {
  @ResolveField(() => ContributionConnection, {
    description:
      'A page of the published contributions the viewer may see (the reveal rule applies to every page and ' +
      'to the total): spotlights first, then the ones the viewer reviews, then the most recent.',
  })
  async contributionPage(
    @Parent() prompt: Prompt,
    @CurrentActor() actor: Actor,
    @Args('first', { type: () => Int, defaultValue: 20, description: `1 to ${CONTRIBUTION_PAGE_MAX}.` })
    first: number,
    @Args('after', { type: () => String, nullable: true, description: 'The previous page’s `endCursor`.' })
    after: string | null,
  ): Promise<ContributionConnection> {
    const key = {
      parentId: prompt.id,
      first: pageSize(first, CONTRIBUTION_PAGE_MAX, 'contributions'),
      after: pageAfter(after, decodeContributionCursor),
    };
    const [page, totalCount, access] = await Promise.all([
      actor.loaders.contributionPage.load(key),
      actor.loaders.visibleContributionCount.load(prompt.id),
      actor.loaders.cohortAccess.load(prompt.cohortId),
    ]);
    const rows = await this.visibleByIds(actor, page.ids);
    return {
      nodes: access ? rows.map((c) => toContribution(c, access)) : [],
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
      totalCount,
    };
  }

  @ResolveField(() => [Contribution], { description: 'The viewer’s own unpublished drafts here (private to them).' })
  async viewerDrafts(@Parent() prompt: Prompt, @CurrentActor() actor: Actor): Promise<Contribution[]> {
    const [ids, access] = await Promise.all([
      actor.loaders.viewerDraftIdsByPrompt.load(prompt.id),
      actor.loaders.cohortAccess.load(prompt.cohortId),
    ]);
    const rows = await this.visibleByIds(actor, ids);
    return access ? rows.map((c) => toContribution(c, access)) : [];
  }

  @ResolveField(() => [ID], {
    description:
      'Who has published here (user ids): the cohort’s facilitators only, empty for everyone else — admins ' +
      'outside the cohort included (counts never say who).',
  })
  async postedMemberIds(@Parent() prompt: Prompt, @CurrentActor() actor: Actor): Promise<string[]> {
    const access = await actor.loaders.cohortAccess.load(prompt.cohortId);
    if (!access || !seesAsFacilitator(access)) return [];
    return actor.loaders.posterIdsByPrompt.load(prompt.id);
  }

  /** The rows, in the order of `ids`, that are still visible (one statement for all). */
  private async visibleByIds(actor: Actor, ids: string[]) {
    return inPageOrder(await actor.loaders.visibleContribution.loadMany(ids));
  }

  @ResolveField(() => [Contribution], {
    deprecationReason: 'Unbounded: use `contributionPage` and `viewerDrafts`.',
    description: 'What the viewer may see: published per the reveal rule, plus their own drafts.',
  })
  async contributions(@Parent() prompt: Prompt, @CurrentActor() actor: Actor): Promise<Contribution[]> {
    const [rows, access] = await Promise.all([
      actor.loaders.visibleContributionsByPrompt.load(prompt.id),
      actor.loaders.cohortAccess.load(prompt.cohortId),
    ]);
    return access ? rows.map((c) => toContribution(c, access)) : [];
  }

  @ResolveField(() => Int, { description: 'Published contributions the viewer may see.' })
  contributionCount(@Parent() prompt: Prompt, @CurrentActor() actor: Actor): Promise<number> {
    return actor.loaders.visibleContributionCount.load(prompt.id);
  }

  @ResolveField(() => Int, {
    description: 'Contributions by others the viewer has not seen since last reading this prompt.',
  })
  newContributionCount(@Parent() prompt: Prompt, @CurrentActor() actor: Actor): Promise<number> {
    return actor.loaders.newContributionCount.load(prompt.id);
  }

  @ResolveField(() => Boolean, {
    description: 'Whether the viewer has published a contribution here (POST_FIRST unlocks).',
  })
  viewerHasPublished(@Parent() prompt: Prompt, @CurrentActor() actor: Actor): Promise<boolean> {
    return actor.loaders.viewerHasPublished.load(prompt.id);
  }
}
