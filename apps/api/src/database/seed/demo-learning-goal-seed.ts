import { LearningGoalEventKind as Event, LearningGoalStatus } from '@openhuddle/shared';
import type { EntityManager } from 'typeorm';
import { CheckInEntity, CheckInEvidenceEntity } from '../../modules/learning-goal/check-in.entity';
import { CoachingConversationEntity } from '../../modules/learning-goal/coaching-conversation.entity';
import { LearningGoalEventEntity } from '../../modules/learning-goal/learning-goal-event.entity';
import { LearningGoalEntity } from '../../modules/learning-goal/learning-goal.entity';
import type { UserEntity } from '../../modules/user/user.entity';

const DAY = 24 * 60 * 60 * 1000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY);

interface DemoGoal {
  member: UserEntity;
  coach: UserEntity;
  title: string;
  description: string;
  status: LearningGoalStatus;
  /** The history, oldest first: who, what, words, how many days ago. */
  history: Array<[by: UserEntity, kind: Event, body: string, days: number]>;
}

/**
 * Learning goals for several demo members, each with its coach: one approved with check-ins (one
 * linking the member's own contribution, with a measure and the coach's response) and a coaching
 * conversation whose follow-up is overdue; one approved with its follow-up done; one waiting for
 * the coach's review; one sent back with changes requested.
 */
export async function seedDemoLearningGoals(em: EntityManager, organizationId: string, users: readonly UserEntity[]) {
  // The demo people, in demo-seed.ts's order.
  const [maya, , , luis, sarah, tom, aisha] = users as [
    UserEntity,
    UserEntity,
    UserEntity,
    UserEntity,
    UserEntity,
    UserEntity,
    UserEntity,
  ];
  const ravi = users.at(-1)!;
  const planGoals: Array<{ id: string }> = await em.query(
    `SELECT pi.id FROM plan_item pi WHERE pi.organization_id = $1 AND pi.kind = 'GOAL' ORDER BY pi.position`,
    [organizationId],
  );

  const goal = async (g: DemoGoal, aligned: number | null) => {
    const saved = await em.save(LearningGoalEntity, {
      organizationId,
      memberId: g.member.id,
      coachId: g.coach.id,
      planItemId: aligned === null ? null : (planGoals[aligned]?.id ?? null),
      title: g.title,
      description: g.description,
      status: g.status,
      cadenceDays: 14,
      createdAt: daysAgo(g.history[0]![3]),
    });
    for (const [by, kind, body, days] of g.history) {
      await em.save(LearningGoalEventEntity, {
        organizationId,
        goalId: saved.id,
        actorId: by.id,
        kind,
        body,
        createdAt: daysAgo(days),
      });
    }
    return saved;
  };
  const checkIn = async (
    goalId: string,
    member: UserEntity,
    days: number,
    fields: Partial<CheckInEntity> & { reflection: string },
  ) => {
    const saved = await em.save(CheckInEntity, { organizationId, goalId, createdAt: daysAgo(days), ...fields });
    const [own] = await em.query(
      `SELECT c.id FROM contribution c JOIN prompt p ON p.id = c.prompt_id
        WHERE c.organization_id = $1 AND c.author_id = $2 AND c.status = 'PUBLISHED' AND c.deleted_at IS NULL
          AND p.anonymity <> 'TO_PEERS' ORDER BY c.published_at LIMIT 1`,
      [organizationId, member.id],
    );
    if (own) await em.save(CheckInEvidenceEntity, { organizationId, checkInId: saved.id, contributionId: own.id });
    return saved;
  };

  const sarahGoal = await goal(
    {
      member: sarah,
      coach: maya,
      title: 'Use hinge questions to check understanding mid-lesson',
      description: 'One hinge question in every math lesson; I re-teach when fewer than 80% answer it right.',
      status: LearningGoalStatus.APPROVED,
      history: [
        [sarah, Event.DRAFTED, '', 40],
        [sarah, Event.SUBMITTED, 'Does this fit our math goal?', 39],
        [maya, Event.CHANGES_REQUESTED, 'Yes — say how you will know it works (a number you can track).', 38],
        [sarah, Event.EDITED, '', 37],
        [sarah, Event.SUBMITTED, '', 37],
        [maya, Event.APPROVED, 'Clear and measurable. Let’s check in every two weeks.', 36],
        [sarah, Event.CHECKED_IN, '', 22],
        [maya, Event.RESPONDED, '', 21],
        [maya, Event.CONVERSATION_SCHEDULED, '', 12],
        [sarah, Event.CHECKED_IN, '', 8],
      ],
    },
    0,
  );
  await checkIn(sarahGoal.id, sarah, 22, {
    reflection: 'Hinge questions in 4 of 5 lessons. Writing good distractors takes longer than I thought.',
    measureName: 'Students answering the hinge question right',
    measureValue: 64,
    response: 'Try borrowing distractors from last year’s common misconceptions list — it saves time.',
    responderId: maya.id,
    respondedAt: daysAgo(21),
  });
  await checkIn(sarahGoal.id, sarah, 8, {
    reflection: 'Re-teaching on the spot works; the exit tickets show it.',
    measureName: 'Students answering the hinge question right',
    measureValue: 78,
  });
  await em.save(CoachingConversationEntity, {
    organizationId,
    goalId: sarahGoal.id,
    startsAt: daysAgo(10),
    link: 'https://meet.example.org/riverside-coaching',
    notes: 'Looked at two weeks of exit tickets together.',
    nextSteps: 'Maya observes a lesson; Sarah shares her hinge question bank with the team.',
    // Not optional: this one is overdue, on Maya's page and in both their reminders.
    followUpDueAt: daysAgo(3),
    followUpDoneAt: null,
  });

  const aishaGoal = await goal(
    {
      member: aisha,
      coach: ravi,
      title: 'Morning meetings that every student speaks in',
      description: 'A two-minute greeting circle each morning; I track who has not spoken by Friday.',
      status: LearningGoalStatus.APPROVED,
      history: [
        [aisha, Event.DRAFTED, '', 30],
        [aisha, Event.SUBMITTED, '', 29],
        [ravi, Event.APPROVED, 'Love it. Bring your tracker to our first conversation.', 28],
        [ravi, Event.CONVERSATION_SCHEDULED, '', 27],
        [aisha, Event.FOLLOW_UP_DONE, '', 18],
        [aisha, Event.CHECKED_IN, '', 14],
      ],
    },
    1,
  );
  await checkIn(aishaGoal.id, aisha, 14, {
    reflection: 'Every student spoke at least twice this week. The quietest ones prefer a partner share first.',
    measureName: 'Students who spoke in morning meeting this week',
    measureValue: 24,
  });
  await em.save(CoachingConversationEntity, {
    organizationId,
    goalId: aishaGoal.id,
    startsAt: daysAgo(25),
    link: 'https://meet.example.org/riverside-coaching',
    notes: 'Reviewed the tracker.',
    nextSteps: 'Try partner shares before the circle.',
    followUpDueAt: daysAgo(18),
    followUpDoneAt: daysAgo(18),
  });

  const luisGoal = await goal(
    {
      member: luis,
      coach: maya,
      title: 'Feedback students act on within a day',
      description: 'Glow and grow comments on every draft, and ten minutes in class to act on them.',
      status: LearningGoalStatus.APPROVED,
      history: [
        [luis, Event.DRAFTED, '', 20],
        [luis, Event.SUBMITTED, '', 19],
        [maya, Event.APPROVED, '', 18],
        [luis, Event.CHECKED_IN, '', 4],
      ],
    },
    0,
  );
  await checkIn(luisGoal.id, luis, 4, {
    reflection: 'Students revised within a day on two of three assignments.',
  });

  await goal(
    {
      member: tom,
      coach: maya,
      title: 'Small-group tutoring notes that travel with the student',
      description: 'A shared note after each tutoring block, read by the next teacher.',
      status: LearningGoalStatus.SUBMITTED,
      history: [
        [tom, Event.DRAFTED, '', 3],
        [tom, Event.SUBMITTED, 'First try — happy to change it.', 2],
      ],
    },
    null,
  );
}
