import { Injectable } from '@nestjs/common';
import { LearningGoalEventKind } from '@openhuddle/shared';
import type { Actor } from '../../common/auth/actor';
import { Clock } from '../../common/clock/clock';
import { AppError, type FieldErrors } from '../../common/errors/app-error';
import type {
  AddCheckInInput,
  RecordCoachingConversationInput,
  RespondToCheckInInput,
  ScheduleCoachingConversationInput,
} from './dto/learning-goal.inputs';
import { checkFields, lockOwnGoal, refuseUnless } from './learning-goal-access';
import { LearningGoalNotices } from './learning-goal-notices';
import type { CheckInEntity } from './check-in.entity';
import type { CoachingConversationEntity } from './coaching-conversation.entity';
import { canCheckIn, canCoach, canRespondToCheckIn } from './learning-goal.policy';
import { LearningGoalRepository } from './learning-goal.repository';

/** Check-ins with evidence and the coach's response; coaching conversations and their follow-ups. */
@Injectable()
export class CoachingService {
  constructor(
    private readonly goals: LearningGoalRepository,
    private readonly notices: LearningGoalNotices,
    private readonly clock: Clock,
  ) {}

  async checkIn(actor: Actor, input: AddCheckInInput): Promise<CheckInEntity> {
    const { goal, checkIn, eventId } = await this.goals.transaction(async (em) => {
      const goal = await lockOwnGoal(this.goals, em, actor, input.organizationId, input.goalId);
      refuseUnless(canCheckIn(actor.user.id, goal), 'The member checks in once the goal is approved.');
      const errors: FieldErrors = {};
      const ids = [...new Set(input.contributionIds)];
      const linkable = await this.goals.linkableContributions(em, goal.organizationId, actor.user.id, ids);
      if (linkable.length !== ids.length) errors.contributionIds = 'Link your own published contributions.';
      const measureName = input.measureName?.trim() || null;
      const measureValue = input.measureValue ?? null;
      if (measureName && measureValue === null) errors.measureValue = 'Give the number.';
      if (!measureName && measureValue !== null) errors.measureName = 'Say what the number counts.';
      checkFields(errors);
      const checkIn = await this.goals.insertCheckIn(em, goal, {
        reflection: input.reflection,
        measureName,
        measureValue,
        url: input.url ?? null,
      });
      await this.goals.linkEvidence(em, checkIn, ids);
      const eventId = await this.goals.recordEvent(em, goal, actor.user.id, LearningGoalEventKind.CHECKED_IN);
      return { goal, checkIn, eventId };
    });
    await this.notices.tell(actor, goal, eventId, 'checked in on');
    return checkIn;
  }

  async respond(actor: Actor, input: RespondToCheckInInput): Promise<string> {
    const { goal, eventId } = await this.goals.transaction(async (em) => {
      const checkIn = await this.goals.lockCheckIn(em, input.organizationId, input.checkInId);
      if (!checkIn) throw AppError.notFound('Check-in');
      const goal = await lockOwnGoal(this.goals, em, actor, input.organizationId, checkIn.goalId);
      refuseUnless(canRespondToCheckIn(actor.user.id, goal), 'The coach responds to check-ins.');
      await this.goals.respond(em, checkIn.id, actor.user.id, input.response, this.clock.now());
      const eventId = await this.goals.recordEvent(em, goal, actor.user.id, LearningGoalEventKind.RESPONDED);
      return { goal, eventId };
    });
    await this.notices.tell(actor, goal, eventId, 'responded to your check-in on');
    return goal.id;
  }

  async schedule(actor: Actor, input: ScheduleCoachingConversationInput): Promise<CoachingConversationEntity> {
    const { goal, conversation, eventId } = await this.goals.transaction(async (em) => {
      const goal = await lockOwnGoal(this.goals, em, actor, input.organizationId, input.goalId);
      refuseUnless(canCoach(actor.user.id, goal), 'Conversations are scheduled once the goal is approved.');
      if (input.followUpDueAt <= input.startsAt) {
        throw AppError.badInput({ followUpDueAt: 'The follow-up comes after the conversation.' });
      }
      const conversation = await this.goals.insertConversation(em, goal, {
        startsAt: input.startsAt,
        link: input.link ?? null,
        followUpDueAt: input.followUpDueAt,
      });
      const eventId = await this.goals.recordEvent(
        em,
        goal,
        actor.user.id,
        LearningGoalEventKind.CONVERSATION_SCHEDULED,
      );
      return { goal, conversation, eventId };
    });
    await this.notices.tell(actor, goal, eventId, 'scheduled a coaching conversation on');
    return conversation;
  }

  /** Notes and next steps, a new follow-up date, or the follow-up done (which ends its reminders). */
  async record(actor: Actor, input: RecordCoachingConversationInput): Promise<string> {
    return this.goals.transaction(async (em) => {
      const conversation = await this.goals.lockConversation(em, input.organizationId, input.conversationId);
      if (!conversation) throw AppError.notFound('Coaching conversation');
      const goal = await lockOwnGoal(this.goals, em, actor, input.organizationId, conversation.goalId);
      refuseUnless(canCoach(actor.user.id, goal), 'Only the goal’s member and coach keep its conversations.');
      if (input.followUpDueAt && input.followUpDueAt <= conversation.startsAt) {
        throw AppError.badInput({ followUpDueAt: 'The follow-up comes after the conversation.' });
      }
      const done = input.followUpDone && !conversation.followUpDoneAt;
      await this.goals.updateConversation(em, conversation.id, {
        notes: input.notes ?? '',
        nextSteps: input.nextSteps ?? '',
        ...(input.followUpDueAt ? { followUpDueAt: input.followUpDueAt } : {}),
        ...(done ? { followUpDoneAt: this.clock.now() } : {}),
      });
      await this.goals.recordEvent(
        em,
        goal,
        actor.user.id,
        done ? LearningGoalEventKind.FOLLOW_UP_DONE : LearningGoalEventKind.CONVERSATION_NOTED,
      );
      return goal.id;
    });
  }
}
