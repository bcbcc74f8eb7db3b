import { DomainEvents } from '../../common/events/domain-events';
import { Injectable } from '@nestjs/common';
import { Anonymity, ContributionKind, RevealRule, ReviewGrouping, ReviewMode } from '@openhuddle/shared';
import type { Actor } from '../../common/auth/actor';
import { AppError, notFoundAs } from '../../common/errors/app-error';
import { requireCohortAccess } from '../cohort/cohort-access';
import type { CohortAccess } from '../cohort/cohort.policy';
import { DEFAULT_PROTOCOL_ID } from '../feedback-protocol/built-in-protocols';
import type { CreatePromptInput } from '../prompt/dto/prompt.types';
import type { PromptEntity } from '../prompt/prompt.entity';
import { PromptService } from '../prompt/prompt.service';
import type { ActionItemEntity } from './action-item.entity';
import { ActionItemRepository } from './action-item.repository';
import type { AddActionItemInput } from './dto/huddle.types';
import { ONLY_FACILITATORS, assertCan, requireHuddle } from './huddle-access';
import { HuddleLiveEvents } from './huddle-live.events';
import { canCompleteActionItem } from './huddle.policy';
import { HuddleRepository } from './huddle.repository';
import { HuddleLiveService } from './huddle-live.service';

/** Action items: added in a huddle, ticked off by their owner, turned into the next prompt. */
@Injectable()
export class ActionItemService {
  constructor(
    private readonly actionItems: ActionItemRepository,
    private readonly huddles: HuddleRepository,
    private readonly live: HuddleLiveService,
    private readonly prompts: PromptService,
    private readonly events: HuddleLiveEvents,
    private readonly domainEvents: DomainEvents,
  ) {}

  async add(actor: Actor, input: AddActionItemInput): Promise<ActionItemEntity> {
    const { huddle } = await requireHuddle(actor, input.huddleId, 'addActionItem');
    await this.live.checkItem(huddle, input.agendaItemId);
    if (!(await this.huddles.isCohortMember(huddle.cohortId, input.ownerId)))
      throw AppError.badInput({ ownerId: 'Pick someone in this cohort.' });
    const actionItem = await this.actionItems.insert({
      organizationId: huddle.organizationId,
      cohortId: huddle.cohortId,
      huddleId: huddle.id,
      agendaItemId: input.agendaItemId ?? null,
      ownerId: input.ownerId,
      text: input.text,
      dueOn: input.dueOn ?? null,
    });
    await this.events.publish(huddle, 'ACTION_ITEM_ADDED', { actionItem });
    await this.domainEvents.emit({ type: 'ActionItemAssigned', actionItemId: actionItem.id, actorId: actor.user.id });
    return actionItem;
  }

  /** The viewer's action items in an organization, open ones unless `includeDone`. */
  mine(organizationId: string, ownerId: string, includeDone = false): Promise<ActionItemEntity[]> {
    return this.actionItems.ownedBy(organizationId, ownerId, includeDone);
  }

  async complete(actor: Actor, actionItemId: string, done: boolean): Promise<ActionItemEntity> {
    const item = await this.actionItems.findWithOwner(actionItemId);
    if (!item) throw AppError.notFound('Action item');
    const access = await this.requireAccess(actor, item);
    if (!canCompleteActionItem(access, item)) throw AppError.forbidden(ONLY_FACILITATORS);
    item.doneAt = done ? new Date() : null;
    await this.actionItems.setDone(item.id, item.doneAt);
    return item;
  }

  /** Turns an action item into the next prompt: a draft the facilitator finishes and publishes. */
  async turnIntoPrompt(actor: Actor, actionItemId: string): Promise<PromptEntity> {
    const item = await this.actionItems.findWithOwner(actionItemId);
    if (!item) throw AppError.notFound('Action item');
    const access = await this.requireAccess(actor, item);
    assertCan(access, 'turnIntoPrompt');
    if (item.promptId) throw AppError.conflict('This action item is already a prompt.');
    // The prompt and the link to it are written together: a failure leaves neither.
    return this.actionItems.transaction(async (em) => {
      const prompt = await this.prompts.create(access, access.userId, followUpPrompt(item), em);
      await this.actionItems.setPrompt(item.id, prompt.id, em);
      return prompt;
    });
  }

  /** The viewer's access to the item's cohort; outsiders learn nothing of the item. */
  private requireAccess(actor: Actor, item: ActionItemEntity): Promise<CohortAccess> {
    return requireCohortAccess(actor, item.cohortId, 'view').catch((error: unknown) => {
      throw notFoundAs(error, 'Action item');
    });
  }
}

/** The draft prompt an action item becomes: open to everyone, reviewed by all, due when it was. */
function followUpPrompt(item: ActionItemEntity): CreatePromptInput {
  const opensAt = new Date();
  const due = item.dueOn ? new Date(`${item.dueOn}T23:59:00Z`) : null;
  return {
    cohortId: item.cohortId,
    title: item.text.slice(0, 160),
    instructions: `Follow-up from our huddle: ${item.text}\n\nShare what you tried and what you noticed.`,
    opensAt,
    // A prompt cannot be due before it opens: an overdue item's date is left for the facilitator.
    dueAt: due && due >= opensAt ? due : null,
    closesAt: null,
    acceptedKinds: [
      ContributionKind.UPDATE,
      ContributionKind.EVIDENCE,
      ContributionKind.REFLECTION,
      ContributionKind.QUESTION,
    ],
    revealRule: RevealRule.OPEN,
    revealAt: null,
    anonymity: Anonymity.NONE,
    // What a prompt without a protocol reviews with; named, since PromptService requires one.
    protocolId: DEFAULT_PROTOCOL_ID,
    reviewMode: ReviewMode.EVERYONE_SEES_ALL,
    reviewsPerContribution: 0,
    reviewGrouping: ReviewGrouping.ANY,
  };
}
