import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { OrgRole } from '@openhuddle/shared';
import { CurrentActor, OrgScoped, SignedIn } from '../../common/auth/access.decorators';
import type { Actor } from '../../common/auth/actor';
import {
  CreateFeedbackProtocolInput,
  FeedbackProtocol,
  UpdateFeedbackProtocolInput,
} from './dto/feedback-protocol.types';
import { toProtocol } from './feedback-protocol.mapper';
import { FeedbackProtocolService } from './feedback-protocol.service';
import { UNUSED } from './protocol-usage';

@Resolver(() => FeedbackProtocol)
export class FeedbackProtocolResolver {
  constructor(private readonly protocols: FeedbackProtocolService) {}

  @OrgScoped(OrgRole.MEMBER, 'organizationId')
  @Query(() => [FeedbackProtocol], { description: 'Built-in protocols and the organization’s own.' })
  async feedbackProtocols(
    @Args('organizationId', { type: () => ID }) organizationId: string,
  ): Promise<FeedbackProtocol[]> {
    return (await this.protocols.list(organizationId)).map((p) => toProtocol(p, organizationId));
  }

  @OrgScoped(OrgRole.FACILITATOR, 'input.organizationId')
  @Mutation(() => FeedbackProtocol, { description: 'Adds an organization’s own protocol.' })
  async createFeedbackProtocol(@Args('input') input: CreateFeedbackProtocolInput): Promise<FeedbackProtocol> {
    return toProtocol(await this.protocols.create(input.organizationId, input), input.organizationId);
  }

  @OrgScoped(OrgRole.FACILITATOR, 'input.organizationId')
  @Mutation(() => FeedbackProtocol, {
    description:
      'Edits an organization’s own protocol (built-ins are read-only). Once feedback follows it, sections and criteria can be renamed, reordered and added, not removed, and existing criteria keep their levels (CONFLICT).',
  })
  async updateFeedbackProtocol(@Args('input') input: UpdateFeedbackProtocolInput): Promise<FeedbackProtocol> {
    return toProtocol(await this.protocols.update(input.organizationId, input.protocolId, input), input.organizationId);
  }

  // Facilitators and up of the protocol's organization, checked in the service (the id names no organization).
  @SignedIn() // the protocol's organization is checked by the service (admins only)
  @Mutation(() => Boolean, {
    description:
      'Deletes an organization’s own protocol that no prompt uses (CONFLICT while prompts use it; built-ins cannot be deleted).',
  })
  async deleteFeedbackProtocol(
    @Args('id', { type: () => ID }) id: string,
    @CurrentActor() actor: Actor,
  ): Promise<boolean> {
    await this.protocols.delete(actor, id);
    return true;
  }
}

@Resolver(() => FeedbackProtocol)
export class FeedbackProtocolUsageResolver {
  @ResolveField(() => Int)
  async usedByPromptCount(@Parent() protocol: FeedbackProtocol, @CurrentActor() actor: Actor): Promise<number> {
    return (await this.usage(protocol, actor)).prompts;
  }

  @ResolveField(() => Boolean)
  async inUse(@Parent() protocol: FeedbackProtocol, @CurrentActor() actor: Actor): Promise<boolean> {
    return (await this.usage(protocol, actor)).inUse;
  }

  private usage(protocol: FeedbackProtocol, actor: Actor) {
    if (!protocol.usageOrganizationId) return Promise.resolve(UNUSED);
    return actor.loaders.protocolUsage.load(`${protocol.usageOrganizationId}:${protocol.id}`);
  }
}
