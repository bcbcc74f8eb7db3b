import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LearningGoalDecision, LearningGoalEventKind, LearningGoalStatus } from '@openhuddle/shared';

registerEnumType(LearningGoalStatus, {
  name: 'LearningGoalStatus',
  description: 'Co-construction: DRAFT → SUBMITTED → CHANGES_REQUESTED (→ SUBMITTED again) → APPROVED.',
});
registerEnumType(LearningGoalDecision, { name: 'LearningGoalDecision' });
registerEnumType(LearningGoalEventKind, { name: 'LearningGoalEventKind' });

@ObjectType({ description: 'The member or coach of a learning goal.' })
export class LearningGoalPerson {
  @Field(() => ID) id: string;
  @Field() displayName: string;
}

@ObjectType({ description: 'The plan goal a learning goal is aligned to.' })
export class LearningGoalAlignment {
  @Field(() => ID) id: string;
  @Field() title: string;
}

@ObjectType({ description: 'What the viewer may do on this goal (the server refuses the rest anyway).' })
export class LearningGoalViewerCan {
  @Field() edit: boolean;
  @Field() submit: boolean;
  @Field() review: boolean;
  @Field() comment: boolean;
  @Field() checkIn: boolean;
  @Field() respond: boolean;
  @Field() scheduleConversation: boolean;
}

@ObjectType({
  description: 'A member’s learning goal, co-constructed with a coach. Only its member and coach ever read it.',
})
export class LearningGoal {
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field() description: string;
  @Field(() => LearningGoalStatus) status: LearningGoalStatus;
  @Field(() => LearningGoalPerson) member: LearningGoalPerson;
  @Field(() => LearningGoalPerson, { nullable: true, description: 'Null when the coach’s account is gone.' })
  coach: LearningGoalPerson | null;
  @Field(() => LearningGoalAlignment, { nullable: true }) alignedTo: LearningGoalAlignment | null;
  @Field(() => Int, { description: 'How often the pair checks in, in days.' }) cadenceDays: number;
  @Field(() => Date, { nullable: true }) approvedAt: Date | null;
  @Field(() => Date, { nullable: true }) lastCheckInAt: Date | null;
  @Field(() => Date, {
    nullable: true,
    description: 'One cadence after the last check-in (or the approval); null until approved.',
  })
  nextCheckInDue: Date | null;
  @Field(() => Int, { description: 'Coaching follow-ups past their date and not done.' }) overdueFollowUps: number;
  @Field({ description: 'Whether the viewer is the goal’s coach (otherwise its member).' }) viewerIsCoach: boolean;
  @Field(() => LearningGoalViewerCan) viewerCan: LearningGoalViewerCan;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
}

@ObjectType({ description: 'One line of a goal’s visible history: a transition or a comment.' })
export class LearningGoalEvent {
  @Field(() => ID) id: string;
  @Field(() => LearningGoalEventKind) kind: LearningGoalEventKind;
  @Field() body: string;
  @Field(() => LearningGoalPerson, { nullable: true }) actor: LearningGoalPerson | null;
  @Field() createdAt: Date;
}

@ObjectType({ description: 'A contribution linked from a check-in, shown only to a viewer who may open it.' })
export class CheckInContribution {
  @Field(() => ID) id: string;
  @Field(() => ID) promptId: string;
  @Field() promptTitle: string;
  @Field() excerpt: string;
}

@ObjectType({ description: 'A progress update on an approved goal, with its evidence and the coach’s response.' })
export class CheckIn {
  @Field(() => ID) id: string;
  @Field() reflection: string;
  @Field(() => String, { nullable: true }) measureName: string | null;
  @Field(() => Float, { nullable: true }) measureValue: number | null;
  @Field(() => String, { nullable: true }) url: string | null;
  @Field(() => [CheckInContribution]) contributions: CheckInContribution[];
  @Field(() => String, { nullable: true }) response: string | null;
  @Field(() => String, { nullable: true }) responderName: string | null;
  @Field(() => Date, { nullable: true }) respondedAt: Date | null;
  @Field() createdAt: Date;
}

@ObjectType({ description: 'A scheduled coaching conversation, its notes, next steps and follow-up.' })
export class CoachingConversation {
  @Field(() => ID) id: string;
  @Field(() => ID) goalId: string;
  @Field() startsAt: Date;
  @Field(() => String, { nullable: true }) link: string | null;
  @Field() notes: string;
  @Field() nextSteps: string;
  @Field() followUpDueAt: Date;
  @Field(() => Date, { nullable: true }) followUpDoneAt: Date | null;
  @Field({ description: 'Past its follow-up date and not done.' }) followUpOverdue: boolean;
}

@ObjectType({ description: 'A goal with its history, check-ins and conversations.' })
export class LearningGoalDetail {
  @Field(() => LearningGoal) goal: LearningGoal;
  @Field(() => [LearningGoalEvent], { description: 'Oldest first (the newest 100).' }) history: LearningGoalEvent[];
  @Field(() => [CheckIn], { description: 'Newest first.' }) checkIns: CheckIn[];
  @Field(() => [CoachingConversation], { description: 'Newest first.' }) conversations: CoachingConversation[];
}

@ObjectType({ description: 'An overdue follow-up, with the goal it belongs to.' })
export class OverdueFollowUp {
  @Field(() => CoachingConversation) conversation: CoachingConversation;
  @Field(() => ID) goalId: string;
  @Field() goalTitle: string;
  @Field() memberName: string;
}

@ObjectType({ description: 'The viewer’s goals, the goals they coach, and the follow-ups that are overdue.' })
export class LearningGoalsPage {
  @Field(() => [LearningGoal]) mine: LearningGoal[];
  @Field(() => [LearningGoal]) coaching: LearningGoal[];
  @Field(() => [OverdueFollowUp]) overdueFollowUps: OverdueFollowUp[];
}

@ObjectType()
export class CoachChoice {
  @Field(() => ID) id: string;
  @Field() displayName: string;
  @Field({ description: 'Facilitates a cohort the viewer belongs to.' }) facilitator: boolean;
}

@ObjectType()
export class EvidenceChoice {
  @Field(() => ID) contributionId: string;
  @Field() promptTitle: string;
  @Field() excerpt: string;
}

@ObjectType({ description: 'What a member picks from when drafting a goal and checking in.' })
export class LearningGoalChoices {
  @Field(() => [CoachChoice]) coaches: CoachChoice[];
  @Field(() => [LearningGoalAlignment], { description: 'The active plan’s goals.' }) planGoals: LearningGoalAlignment[];
  @Field(() => [EvidenceChoice], { description: 'The viewer’s own published contributions (not anonymous ones).' })
  evidence: EvidenceChoice[];
}
