import { Injectable, Logger } from '@nestjs/common';
import { NotificationKind, NotificationSubjectType, routes } from '@openhuddle/shared';
import type { Actor } from '../../common/auth/actor';
import { Notifier } from '../notification/notifier';
import { quote } from '../reminder/reminder-text';
import type { LearningGoalEntity } from './learning-goal.entity';

/**
 * Tells the other one of the pair what happened on their goal. The notification's subject is the
 * goal, so it is listed only while its reader is still the goal's member or coach
 * (notification.visibility.ts); nobody else is ever told.
 */
@Injectable()
export class LearningGoalNotices {
  private readonly logger = new Logger('LearningGoalNotices');

  constructor(private readonly notifier: Notifier) {}

  async tell(actor: Actor, goal: LearningGoalEntity, eventId: string, what: string): Promise<void> {
    const other = goal.memberId === actor.user.id ? goal.coachId : goal.memberId;
    if (!other) return;
    // The change is committed; a failed notice must not turn it into an error.
    await this.notifier
      .notify([
        {
          organizationId: goal.organizationId,
          userId: other,
          kind: NotificationKind.LEARNING_GOAL_UPDATED,
          subjectType: NotificationSubjectType.LEARNING_GOAL,
          subjectId: goal.id,
          text: `${actor.user.displayName} ${what} ${quote(goal.title)}.`,
          link: routes.learningGoal(goal.organizationId, goal.id),
          dedupeKey: `learning-goal:${eventId}:${other}`,
        },
      ])
      .catch((error: unknown) => this.logger.warn({ goalId: goal.id, error: String(error) }, 'notice not stored'));
  }
}
