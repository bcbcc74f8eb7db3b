import { Injectable } from '@nestjs/common';

export interface ContributionPublished {
  type: 'ContributionPublished';
  contributionId: string;
  promptId: string;
  cohortId: string;
  organizationId: string;
}

/** A prompt was published (it opens at `opensAt`, which may be now). */
export interface PromptPublished {
  type: 'PromptPublished';
  promptId: string;
  cohortId: string;
  organizationId: string;
  opensAt: Date;
}

export interface CohortMembersAdded {
  type: 'CohortMembersAdded';
  cohortId: string;
  organizationId: string;
  userIds: string[];
}

/** Something new a cohort's members may see: the real-time feed relays these. */
export interface CohortActivityHappened {
  type: 'CohortActivityHappened';
  kind:
    | 'CONTRIBUTION_PUBLISHED'
    | 'CONTRIBUTION_EDITED'
    | 'FEEDBACK_GIVEN'
    | 'COMMENT_ADDED'
    | 'SPOTLIGHTED'
    | 'FLAGGED_FOR_DISCUSSION';
  cohortId: string;
  promptId: string;
  contributionId: string;
  /** The feedback or comment id, for those kinds. */
  subjectId: string | null;
}

/** The contribution's author marked feedback helpful (the notification module tells its giver). */
export interface FeedbackMarkedHelpful {
  type: 'FeedbackMarkedHelpful';
  feedbackId: string;
}

/** New peer reviews to give (the notification module tells each reviewer). */
export interface ReviewsAssigned {
  type: 'ReviewsAssigned';
  promptId: string;
  reviewerIds: string[];
}

/** Someone was given an action item (`actorId`: who gave it, never told about their own action). */
export interface ActionItemAssigned {
  type: 'ActionItemAssigned';
  actionItemId: string;
  actorId: string;
}

/** A facilitator hid or restored someone's content (the notification module tells its author). */
export interface ContentModerated {
  type: 'ContentModerated';
  organizationId: string;
  authorId: string;
  /** What the author is told (the hide reason, or that it was restored). */
  text: string;
  link: string;
  /** Distinguishes one decision from the next on the same content. */
  occasion: string;
}

export type DomainEvent =
  | ContentModerated
  | ContributionPublished
  | CohortMembersAdded
  | CohortActivityHappened
  | FeedbackMarkedHelpful
  | ReviewsAssigned
  | ActionItemAssigned
  | PromptPublished;

type Handler<E extends DomainEvent> = (event: E) => Promise<void>;

/**
 * In-process domain events, so a module can react to another's changes without importing it
 * (review assignment reacts to publishing). `emit` waits for the handlers: when a mutation
 * returns, its consequences are in the database.
 */
@Injectable()
export class DomainEvents {
  private readonly handlers = new Map<DomainEvent['type'], Handler<DomainEvent>[]>();

  on<T extends DomainEvent['type']>(type: T, handler: Handler<Extract<DomainEvent, { type: T }>>): void {
    this.handlers.set(type, [...(this.handlers.get(type) ?? []), handler as Handler<DomainEvent>]);
  }

  async emit(event: DomainEvent): Promise<void> {
    await Promise.all((this.handlers.get(event.type) ?? []).map((h) => h(event)));
  }
}
