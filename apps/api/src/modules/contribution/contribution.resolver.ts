import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { LEARNING_LIMITS, OrgRole } from '@openhuddle/shared';
import { CurrentMembership, OrgScoped } from '../../common/auth/access.decorators';
import type { RequestContext } from '../../common/auth/request-context';
import { AppError } from '../../common/errors/app-error';
import type { MembershipEntity } from '../organization/membership.entity';
import { SearchHit } from './search';
import { Prompt } from '../prompt/dto/prompt.types';
import { toComment, toContribution, toRevision } from './contribution.mapper';
import { ContributionService } from './contribution.service';
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

@Resolver(() => Contribution)
export class ContributionResolver {
  constructor(private readonly contributions: ContributionService) {}

  @Query(() => Contribution)
  async contribution(
    @Args('id', { type: () => ID }) id: string,
    @Context() ctx: RequestContext,
  ): Promise<Contribution> {
    const { contribution, access } = await this.contributions.requireVisible(ctx, id);
    return toContribution(contribution, access);
  }

  @OrgScoped(OrgRole.MEMBER, 'organizationId')
  @Query(() => [SearchHit], { description: 'Full-text search over what the viewer may see in the organization.' })
  async search(
    @Args('organizationId', { type: () => ID }) organizationId: string,
    @Args('query') query: string,
    @CurrentMembership() membership: MembershipEntity,
  ): Promise<SearchHit[]> {
    const trimmed = query.trim();
    if (!trimmed || trimmed.length > LEARNING_LIMITS.searchQueryMax) {
      throw AppError.badInput({ query: `Search for 1 to ${LEARNING_LIMITS.searchQueryMax} characters.` });
    }
    return this.contributions.search(organizationId, membership.userId, trimmed);
  }

  @Mutation(() => Contribution, { description: 'Creates or autosaves a private draft.' })
  async saveDraft(@Args('input') input: SaveDraftInput, @Context() ctx: RequestContext): Promise<Contribution> {
    const saved = await this.contributions.saveDraft(ctx, input);
    return this.reload(ctx, saved.id);
  }

  @Mutation(() => Contribution)
  async publishContribution(
    @Args('id', { type: () => ID }) id: string,
    @Context() ctx: RequestContext,
  ): Promise<Contribution> {
    await this.contributions.publish(ctx, id);
    return this.reload(ctx, id);
  }

  @Mutation(() => Contribution, {
    description: 'Edits a published contribution; CONFLICT if someone saved a newer version.',
  })
  async editContribution(
    @Args('input') input: EditContributionInput,
    @Context() ctx: RequestContext,
  ): Promise<Contribution> {
    await this.contributions.edit(ctx, input);
    return this.reload(ctx, input.contributionId);
  }

  @Mutation(() => Boolean, { description: 'Deletes for everyone; an auditable tombstone stays.' })
  async deleteContribution(
    @Args('id', { type: () => ID }) id: string,
    @Context() ctx: RequestContext,
  ): Promise<boolean> {
    await this.contributions.delete(ctx, id);
    return true;
  }

  @Mutation(() => Contribution)
  async spotlightContribution(
    @Args('input') input: SpotlightContributionInput,
    @Context() ctx: RequestContext,
  ): Promise<Contribution> {
    await this.contributions.spotlight(ctx, input.contributionId, input.spotlight);
    return this.reload(ctx, input.contributionId);
  }

  @Mutation(() => Contribution, { description: 'Adds or takes back a reaction.' })
  async react(@Args('input') input: ReactInput, @Context() ctx: RequestContext): Promise<Contribution> {
    await this.contributions.react(ctx, input.contributionId, input.kind, input.on);
    return this.reload(ctx, input.contributionId);
  }

  @Mutation(() => Boolean, { description: 'Marks the prompt read: its new-contributions badge clears.' })
  async markPromptRead(
    @Args('promptId', { type: () => ID }) promptId: string,
    @Context() ctx: RequestContext,
  ): Promise<boolean> {
    await this.contributions.markPromptRead(ctx, promptId);
    return true;
  }

  @ResolveField(() => [ReactionCount])
  reactions(@Parent() contribution: Contribution, @Context() ctx: RequestContext) {
    return ctx.loaders.reactionsByContribution.load(contribution.id);
  }

  @Mutation(() => Comment)
  async addComment(@Args('input') input: AddCommentInput, @Context() ctx: RequestContext): Promise<Comment> {
    const { comment, contribution, access } = await this.contributions.addComment(ctx, input);
    return toComment(comment, toContribution(contribution, access));
  }

  @ResolveField(() => [Comment])
  async comments(@Parent() contribution: Contribution, @Context() ctx: RequestContext): Promise<Comment[]> {
    return (await ctx.loaders.commentsByContribution.load(contribution.id)).map((c) => toComment(c, contribution));
  }

  @ResolveField(() => [Attachment])
  async attachments(@Parent() contribution: Contribution, @Context() ctx: RequestContext): Promise<Attachment[]> {
    return (await ctx.loaders.attachmentsByContribution.load(contribution.id)).map((a) =>
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
  async revisions(
    @Parent() contribution: Contribution,
    @Context() ctx: RequestContext,
  ): Promise<ContributionRevision[]> {
    const revisions = await this.contributions.revisionsOf(contribution.id);
    const editor = ctx.viewer && contribution.author ? contribution.author : undefined;
    return revisions.map((r) =>
      toRevision(r, contribution, r.editedById === contribution.authorId ? editor : undefined),
    );
  }

  private async reload(ctx: RequestContext, id: string): Promise<Contribution> {
    ctx.loaders.visibleContribution.clear(id);
    const { contribution, access } = await this.contributions.requireVisible(ctx, id);
    return toContribution(contribution, access);
  }
}

/** Prompt fields that read contributions, with the reveal rules applied in SQL. */
@Resolver(() => Prompt)
export class PromptContributionsResolver {
  @ResolveField(() => [Contribution], {
    description: 'What the viewer may see: published per the reveal rule, plus their own drafts.',
  })
  async contributions(@Parent() prompt: Prompt, @Context() ctx: RequestContext): Promise<Contribution[]> {
    const [rows, access] = await Promise.all([
      ctx.loaders.visibleContributionsByPrompt.load(prompt.id),
      ctx.loaders.cohortAccess.load(prompt.cohortId),
    ]);
    return access ? rows.map((c) => toContribution(c, access)) : [];
  }

  @ResolveField(() => Int, { description: 'Published contributions the viewer may see.' })
  contributionCount(@Parent() prompt: Prompt, @Context() ctx: RequestContext): Promise<number> {
    return ctx.loaders.visibleContributionCount.load(prompt.id);
  }

  @ResolveField(() => Int, {
    description: 'Contributions by others the viewer has not seen since last reading this prompt.',
  })
  newContributionCount(@Parent() prompt: Prompt, @Context() ctx: RequestContext): Promise<number> {
    return ctx.loaders.newContributionCount.load(prompt.id);
  }

  @ResolveField(() => Boolean, {
    description: 'Whether the viewer has published a contribution here (POST_FIRST unlocks).',
  })
  viewerHasPublished(@Parent() prompt: Prompt, @Context() ctx: RequestContext): Promise<boolean> {
    return ctx.loaders.viewerHasPublished.load(prompt.id);
  }
}
