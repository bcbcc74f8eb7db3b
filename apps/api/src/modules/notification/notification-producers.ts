import { Injectable, type OnModuleInit } from '@nestjs/common';
import { Anonymity, NotificationKind, NotificationSubjectType, routes } from '@openhuddle/shared';
import { type CohortActivityHappened, DomainEvents } from '../../common/events/domain-events';
import {
  type CommentFacts,
  type FeedbackFacts,
  NotificationSourcesRepository,
  type RevisionFacts,
} from './notification-sources.repository';
import { type NewNotification, Notifier } from './notifier';

const quote = (text: string, max = 120) => `“${text.length > max ? `${text.slice(0, max - 1)}…` : text}”`;

type Place = Pick<
  CommentFacts,
  | 'organization_id'
  | 'cohort_id'
  | 'prompt_id'
  | 'contribution_id'
  | 'anonymity'
  | 'contribution_author_id'
  | 'facilitator_ids'
>;

/**
 * The name a reader is told for a contribution's author acting on it: under TO_PEERS only the
 * cohort's facilitators learn it (PRODUCT.md rule 3); everyone else reads `anonymous`.
 */
function authorNameFor(place: Place, actorId: string, actorName: string, readerId: string, anonymous: string): string {
  const hidden =
    place.anonymity === Anonymity.TO_PEERS &&
    actorId === place.contribution_author_id &&
    !place.facilitator_ids.includes(readerId);
  return hidden ? anonymous : actorName;
}

/**
 * Creates notifications where things happen, by listening to domain events (no feature service
 * injects the Notifier for these). Nobody is told about their own action; the subject of each
 * notification is what its visibility is checked against when it is read.
 */
@Injectable()
export class NotificationProducers implements OnModuleInit {
  constructor(
    private readonly events: DomainEvents,
    private readonly sources: NotificationSourcesRepository,
    private readonly notifier: Notifier,
  ) {}

  onModuleInit(): void {
    this.events.on('CohortActivityHappened', (event) => this.onActivity(event));
    this.events.on('FeedbackMarkedHelpful', (event) => this.onHelpful(event.feedbackId));
    this.events.on('ReviewsAssigned', (event) => this.onReviews(event.promptId, event.reviewerIds));
    this.events.on('ActionItemAssigned', (event) => this.onActionItem(event.actionItemId, event.actorId));
    this.events.on('ContentModerated', async (e) => {
      await this.notifier.notify([
        {
          organizationId: e.organizationId,
          userId: e.authorId,
          kind: NotificationKind.REPORT_RESOLVED,
          text: e.text,
          link: e.link,
          dedupeKey: `report-resolved:${e.occasion}`,
        },
      ]);
    });
  }

  private async onActivity(event: CohortActivityHappened): Promise<void> {
    if (event.kind === 'COMMENT_ADDED' && event.subjectId) {
      const facts = await this.sources.comment(event.subjectId);
      if (facts) await this.notifier.notify(commentNotices(facts));
    } else if (event.kind === 'FEEDBACK_GIVEN' && event.subjectId) {
      const facts = await this.sources.feedback(event.subjectId);
      if (facts) await this.notifier.notify(feedbackNotices(facts));
    } else if (event.kind === 'CONTRIBUTION_EDITED') {
      const facts = await this.sources.latestRevision(event.contributionId);
      if (facts) await this.notifier.notify(revisionNotices(facts));
    }
  }

  private async onHelpful(feedbackId: string): Promise<void> {
    const f = await this.sources.feedback(feedbackId);
    if (!f || f.author_id === f.contribution_author_id) return;
    const who = authorNameFor(f, f.contribution_author_id, f.contribution_author_name, f.author_id, 'The author');
    await this.notifier.notify([
      {
        ...onContribution(f),
        userId: f.author_id,
        kind: NotificationKind.MARKED_HELPFUL,
        text: `${who} found your feedback on ${quote(f.prompt_title)} helpful.`,
        subjectType: NotificationSubjectType.FEEDBACK,
        subjectId: f.feedback_id,
        dedupeKey: `helpful:${f.feedback_id}`,
      },
    ]);
  }

  private async onReviews(promptId: string, reviewerIds: string[]): Promise<void> {
    const rows = await this.sources.reviews(promptId, reviewerIds);
    await this.notifier.notify(
      rows.map((r) => ({
        organizationId: r.organization_id,
        cohortId: r.cohort_id,
        userId: r.reviewer_id,
        kind: NotificationKind.REVIEW_ASSIGNED,
        text: `You have feedback to give on ${quote(r.title)}.`,
        link: routes.queue(r.organization_id),
        subjectType: NotificationSubjectType.PROMPT,
        subjectId: r.prompt_id,
        dedupeKey: `review:${r.prompt_id}:${r.reviewer_id}:${r.assigned}`,
      })),
    );
  }

  private async onActionItem(actionItemId: string, actorId: string): Promise<void> {
    const a = await this.sources.actionItem(actionItemId, actorId);
    if (!a || a.owner_id === actorId) return;
    await this.notifier.notify([
      {
        organizationId: a.organization_id,
        cohortId: a.cohort_id,
        userId: a.owner_id,
        kind: NotificationKind.ACTION_ITEM_ASSIGNED,
        text: `${a.actor_name} gave you an action item: ${quote(a.text)}`,
        link: routes.actionItems(a.organization_id),
        subjectType: NotificationSubjectType.ACTION_ITEM,
        subjectId: a.id,
        dedupeKey: `action-item:${a.id}:${a.owner_id}`,
      },
    ]);
  }

  /** Members hear of a prompt published already open; one opening later is left to a scheduled job. */
}

const onContribution = (place: Place) => ({
  organizationId: place.organization_id,
  cohortId: place.cohort_id,
  link: routes.contribution(place.organization_id, place.prompt_id, place.contribution_id),
});

/** Mentions, then replies to the contribution's author, the parent comment's and the feedback's: each reader once. */
export function commentNotices(c: CommentFacts): NewNotification[] {
  const told = new Set<string>([c.author_id]);
  const notices: NewNotification[] = [];
  const add = (userId: string | null, kind: NotificationKind, text: (who: string) => string) => {
    if (!userId || told.has(userId)) return;
    told.add(userId);
    const who = authorNameFor(
      c,
      c.author_id,
      c.author_name,
      userId,
      kind === NotificationKind.MENTION ? 'The author' : 'Someone',
    );
    notices.push({
      ...onContribution(c),
      userId,
      kind,
      text: text(who),
      subjectType: NotificationSubjectType.COMMENT,
      subjectId: c.comment_id,
      dedupeKey: `${kind === NotificationKind.MENTION ? 'mention' : 'reply'}:${c.comment_id}:${userId}`,
    });
  };
  const body = quote(c.body);
  for (const userId of c.mentioned_user_ids)
    add(userId, NotificationKind.MENTION, (who) => `${who} mentioned you: ${body}`);
  add(c.parent_author_id, NotificationKind.REPLY, (who) => `${who} replied to your comment: ${body}`);
  add(c.feedback_author_id, NotificationKind.REPLY, (who) => `${who} replied to your feedback: ${body}`);
  add(c.contribution_author_id, NotificationKind.REPLY, (who) => `${who} commented on your contribution: ${body}`);
  return notices;
}

export function feedbackNotices(f: FeedbackFacts): NewNotification[] {
  if (f.author_id === f.contribution_author_id) return [];
  return [
    {
      ...onContribution(f),
      userId: f.contribution_author_id,
      kind: NotificationKind.FEEDBACK_RECEIVED,
      text: `${f.author_name} gave you feedback on ${quote(f.prompt_title)}.`,
      subjectType: NotificationSubjectType.FEEDBACK,
      subjectId: f.feedback_id,
      dedupeKey: `feedback:${f.feedback_id}`,
    },
  ];
}

export function revisionNotices(r: RevisionFacts): NewNotification[] {
  if (!r.feedback_author_id || r.feedback_author_id === r.contribution_author_id) return [];
  const who = authorNameFor(
    r,
    r.contribution_author_id,
    r.contribution_author_name,
    r.feedback_author_id,
    'An anonymous colleague',
  );
  return [
    {
      ...onContribution(r),
      userId: r.feedback_author_id,
      kind: NotificationKind.REVISION_ANSWERS_FEEDBACK,
      text: `${who} revised their contribution to ${quote(r.prompt_title)} in answer to your feedback.`,
      subjectType: NotificationSubjectType.CONTRIBUTION,
      subjectId: r.contribution_id,
      dedupeKey: `revision:${r.contribution_id}:${r.version}:${r.feedback_author_id}`,
    },
  ];
}
