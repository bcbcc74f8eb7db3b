import { addMember, createTenant } from '../../../test/factories';
import {
  ADD_CHECK_IN,
  approvedGoal,
  CHOICES,
  COMMENT_GOAL,
  DRAFT_GOAL,
  LEARNING_GOAL,
  LEARNING_GOALS,
  RECORD,
  RESPOND,
  REVIEW_GOAL,
  SCHEDULE,
  SUBMIT_GOAL,
  UPDATE_GOAL,
} from '../../../test/learning-goal-factories';
import { createCohortWorld, openPrompt, post } from '../../../test/learning-factories';
import { addItem, startPlan } from '../../../test/plan-factories';
import { startTestApp, type TestApp } from '../../../test/test-app';
import { Clock, type TestClock } from '../../common/clock/clock';
import { ReminderSweepService } from '../reminder/reminder-sweep.service';

const DAY = 86_400_000;

describe('learning goals and coaching', () => {
  let t: TestApp;
  let clock: TestClock;
  beforeAll(async () => {
    t = await startTestApp();
    clock = t.app.get(Clock) as TestClock;
  });
  afterEach(() => clock.reset());
  afterAll(() => t.close());

  /** A cohort whose facilitator coaches members[0]; an admin and members[1] stand outside the pair. */
  async function coachingWorld() {
    const world = await createCohortWorld(t, 2);
    const org = world.organization.id;
    const admin = await addMember(t, world.facilitator.client, org, 'ADMIN');
    const teacher = world.members[0]!;
    const coach = world.facilitator;
    const peer = world.members[1]!;
    return { ...world, org, admin, teacher, coach, peer };
  }

  const notes = async (userId: string, kind: string): Promise<string[]> =>
    (
      await t.dataSource.query(`SELECT text FROM notification WHERE user_id = $1 AND kind = $2 ORDER BY created_at`, [
        userId,
        kind,
      ])
    ).map((r: { text: string }) => r.text);

  it('requires authentication and is nothing to another organisation', async () => {
    const w = await coachingWorld();
    const goalId = await approvedGoal(w.teacher.client, w.coach.client, w.org, w.coach.id);
    expect((await t.client().fail(LEARNING_GOALS, { org: w.org })).extensions?.code).toBe('UNAUTHENTICATED');
    const other = await createTenant(t, 'Another school');
    expect((await other.owner.fail(LEARNING_GOALS, { org: w.org })).extensions?.code).toBe('NOT_FOUND');
    const foreign = await other.owner.fail(LEARNING_GOAL, {
      input: { organizationId: other.organization.id, goalId },
    });
    expect(foreign.extensions?.code).toBe('NOT_FOUND');
    const write = await other.owner.fail(COMMENT_GOAL, {
      input: { organizationId: other.organization.id, goalId, body: 'Hello' },
    });
    expect(write.extensions?.code).toBe('NOT_FOUND');
  });

  it('is co-constructed: drafted, sent back with a change asked, resubmitted, approved, with a visible history', async () => {
    const w = await coachingWorld();
    const planId = await startPlan(w.admin.client, w.org);
    const planGoal = await addItem(w.admin.client, w.org, planId, { title: 'Every student meets standard in math' });
    const { learningGoalChoices } = await w.teacher.client.ok(CHOICES, { org: w.org });
    expect(learningGoalChoices.coaches[0]).toMatchObject({ id: w.coach.id, facilitator: true });
    expect(learningGoalChoices.planGoals).toEqual([{ id: planGoal.id, title: planGoal.title }]);

    const { draftLearningGoal } = await w.teacher.client.ok(DRAFT_GOAL, {
      input: {
        organizationId: w.org,
        title: 'Hinge questions',
        planGoalId: planGoal.id,
        coachId: w.coach.id,
        cadenceDays: 14,
      },
    });
    const goalId = draftLearningGoal.goal.id;
    expect(draftLearningGoal.goal).toMatchObject({ status: 'DRAFT', alignedTo: { id: planGoal.id } });
    // A draft is the member's: the coach sees it but cannot review it yet.
    expect(
      (await w.coach.client.fail(REVIEW_GOAL, { input: { organizationId: w.org, goalId, decision: 'APPROVE' } }))
        .extensions?.code,
    ).toBe('CONFLICT');

    await w.teacher.client.ok(SUBMIT_GOAL, { input: { organizationId: w.org, goalId, comment: 'Ready for a look' } });
    // Asking for changes says which; without a comment nothing changes.
    const bare = await w.coach.client.fail(REVIEW_GOAL, {
      input: { organizationId: w.org, goalId, decision: 'REQUEST_CHANGES', comment: ' ' },
    });
    expect(bare.extensions?.code).toBe('BAD_USER_INPUT');
    expect(bare.extensions?.fields).toHaveProperty('comment');
    const sent = await w.coach.client.ok(REVIEW_GOAL, {
      input: { organizationId: w.org, goalId, decision: 'REQUEST_CHANGES', comment: 'Make it measurable.' },
    });
    expect(sent.reviewLearningGoal.goal.status).toBe('CHANGES_REQUESTED');
    // Only the member edits; a submitted goal waits for the coach.
    const coachEdit = await w.coach.client.fail(UPDATE_GOAL, {
      input: { organizationId: w.org, goalId, title: 'Mine now', coachId: w.coach.id, cadenceDays: 14 },
    });
    expect(coachEdit.extensions?.code).toBe('CONFLICT');
    await w.teacher.client.ok(UPDATE_GOAL, {
      input: {
        organizationId: w.org,
        goalId,
        title: 'Hinge questions: 80% of lessons',
        planGoalId: planGoal.id,
        coachId: w.coach.id,
        cadenceDays: 14,
      },
    });
    await w.teacher.client.ok(SUBMIT_GOAL, { input: { organizationId: w.org, goalId } });
    expect(
      (await w.teacher.client.fail(REVIEW_GOAL, { input: { organizationId: w.org, goalId, decision: 'APPROVE' } }))
        .extensions?.code,
    ).toBe('CONFLICT');
    const { reviewLearningGoal } = await w.coach.client.ok(REVIEW_GOAL, {
      input: { organizationId: w.org, goalId, decision: 'APPROVE', comment: 'Yes.' },
    });
    expect(reviewLearningGoal.goal).toMatchObject({ status: 'APPROVED', title: 'Hinge questions: 80% of lessons' });
    expect(reviewLearningGoal.goal.nextCheckInDue).not.toBeNull();
    expect(reviewLearningGoal.history.map((h: { kind: string; body: string }) => [h.kind, h.body])).toEqual([
      ['DRAFTED', ''],
      ['SUBMITTED', 'Ready for a look'],
      ['CHANGES_REQUESTED', 'Make it measurable.'],
      ['EDITED', ''],
      ['SUBMITTED', ''],
      ['APPROVED', 'Yes.'],
    ]);
    // The member sees the same history; each of the pair was told of the other's steps.
    const { learningGoal } = await w.teacher.client.ok(LEARNING_GOAL, { input: { organizationId: w.org, goalId } });
    expect(learningGoal.history).toHaveLength(6);
    expect(await notes(w.coach.id, 'LEARNING_GOAL_UPDATED')).toHaveLength(2);
    expect(await notes(w.teacher.id, 'LEARNING_GOAL_UPDATED')).toEqual([
      expect.stringContaining('asked for changes to'),
      expect.stringContaining('approved'),
    ]);
  });

  it('stays between member and coach: an admin or a peer finds nothing, in the list, by id, or in notifications', async () => {
    const w = await coachingWorld();
    const goalId = await approvedGoal(w.teacher.client, w.coach.client, w.org, w.coach.id);
    await w.teacher.client.ok(COMMENT_GOAL, { input: { organizationId: w.org, goalId, body: 'Starting Monday' } });
    for (const outsider of [w.admin, w.peer, w.observer]) {
      const { learningGoals } = await outsider.client.ok(LEARNING_GOALS, { org: w.org });
      expect(learningGoals).toEqual({ mine: [], coaching: [], overdueFollowUps: [] });
      const byId = await outsider.client.fail(LEARNING_GOAL, { input: { organizationId: w.org, goalId } });
      expect(byId.extensions?.code).toBe('NOT_FOUND');
      const write = await outsider.client.fail(COMMENT_GOAL, { input: { organizationId: w.org, goalId, body: 'Hi' } });
      expect(write.extensions?.code).toBe('NOT_FOUND');
    }
    const { learningGoals: mine } = await w.teacher.client.ok(LEARNING_GOALS, { org: w.org });
    expect(mine.mine.map((g: { id: string }) => g.id)).toEqual([goalId]);
    const { learningGoals: coached } = await w.coach.client.ok(LEARNING_GOALS, { org: w.org });
    expect(coached.coaching.map((g: { id: string }) => g.id)).toEqual([goalId]);
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM notification WHERE subject_id = $1 AND user_id <> ALL($2)`,
      [goalId, [w.teacher.id, w.coach.id]],
    );
    expect(n).toBe(0);
  });

  it('checks in with evidence the coach may open, refuses a peer’s contribution, and takes the coach’s response', async () => {
    const w = await coachingWorld();
    const promptId = await openPrompt(w.coach.client, w.cohortId, { revealRule: 'POST_FIRST' });
    const mine = await post(w.teacher.client, promptId, 'Exit tickets, day 3');
    const theirs = await post(w.members[1]!.client, promptId, 'Not the teacher’s');
    const goalId = await approvedGoal(w.teacher.client, w.observer.client, w.org, w.observer.id);
    const { learningGoalChoices } = await w.teacher.client.ok(CHOICES, { org: w.org });
    expect(learningGoalChoices.evidence.map((e: { contributionId: string }) => e.contributionId)).toEqual([mine]);

    const refused = await w.teacher.client.fail(ADD_CHECK_IN, {
      input: { organizationId: w.org, goalId, reflection: 'Week 2', contributionIds: [theirs] },
    });
    expect(refused.extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.extensions?.fields).toHaveProperty('contributionIds');
    const { addCheckIn } = await w.teacher.client.ok(ADD_CHECK_IN, {
      input: {
        organizationId: w.org,
        goalId,
        reflection: 'Week 2: hinge questions in 4 of 5 lessons',
        contributionIds: [mine],
        measureName: 'Students meeting the exit-ticket target',
        measureValue: 18,
      },
    });
    expect(addCheckIn.checkIns).toHaveLength(1); // the refused one left nothing
    expect(addCheckIn.checkIns[0]).toMatchObject({ measureValue: 18, contributions: [{ id: mine }] });

    // The observer coach reads the check-in; its contribution follows the reveal rule (observers read as posted).
    const asCoach = (await w.observer.client.ok(LEARNING_GOAL, { input: { organizationId: w.org, goalId } }))
      .learningGoal;
    expect(asCoach.checkIns[0].contributions.map((c: { id: string }) => c.id)).toEqual([mine]);

    // A coach outside the cohort may not open the contribution: the check-in does not show it to them.
    const outsideGoal = await approvedGoal(w.teacher.client, w.outsider.client, w.org, w.outsider.id, 'Second goal');
    await w.teacher.client.ok(ADD_CHECK_IN, {
      input: { organizationId: w.org, goalId: outsideGoal, reflection: 'Same evidence', contributionIds: [mine] },
    });
    const ref = { input: { organizationId: w.org, goalId: outsideGoal } };
    expect((await w.outsider.client.ok(LEARNING_GOAL, ref)).learningGoal.checkIns[0].contributions).toEqual([]);
    expect((await w.teacher.client.ok(LEARNING_GOAL, ref)).learningGoal.checkIns[0].contributions).toHaveLength(1);

    // Deleted, the contribution leaves the check-in for everyone.
    await w.teacher.client.ok(`mutation ($id: ID!) { deleteContribution(id: $id) }`, { id: mine });
    const after = (await w.observer.client.ok(LEARNING_GOAL, { input: { organizationId: w.org, goalId } }))
      .learningGoal;
    expect(after.checkIns[0].contributions).toEqual([]);

    const checkInId = addCheckIn.checkIns[0].id;
    const memberReply = await w.teacher.client.fail(RESPOND, {
      input: { organizationId: w.org, checkInId, response: 'Me again' },
    });
    expect(memberReply.extensions?.code).toBe('CONFLICT');
    const { respondToCheckIn } = await w.observer.client.ok(RESPOND, {
      input: { organizationId: w.org, checkInId, response: 'Try it in the warm-up too.' },
    });
    expect(respondToCheckIn.checkIns[0]).toMatchObject({ response: 'Try it in the warm-up too.' });
    expect(await notes(w.teacher.id, 'LEARNING_GOAL_UPDATED')).toContainEqual(expect.stringContaining('responded'));
  });

  it('keeps follow-ups from being optional: overdue on the coach’s page, reminded to both once, gone when done', async () => {
    const w = await coachingWorld();
    const goalId = await approvedGoal(w.teacher.client, w.coach.client, w.org, w.coach.id);
    const startsAt = new Date(Date.now() + DAY);
    const followUpDueAt = new Date(Date.now() + 3 * DAY);
    const bad = await w.coach.client.fail(SCHEDULE, {
      input: { organizationId: w.org, goalId, startsAt: startsAt.toISOString(), followUpDueAt: startsAt.toISOString() },
    });
    expect(bad.extensions?.fields).toHaveProperty('followUpDueAt');
    const { scheduleCoachingConversation } = await w.coach.client.ok(SCHEDULE, {
      input: {
        organizationId: w.org,
        goalId,
        startsAt: startsAt.toISOString(),
        link: 'https://meet.example.org/coaching',
        followUpDueAt: followUpDueAt.toISOString(),
      },
    });
    const conversationId = scheduleCoachingConversation.conversations[0].id;
    await w.coach.client.ok(RECORD, {
      input: { organizationId: w.org, conversationId, notes: 'Good start', nextSteps: 'Observe a lesson' },
    });

    const reminders = t.app.get(ReminderSweepService);
    clock.set(new Date(followUpDueAt.getTime() - 60_000));
    await reminders.deliverDueNow();
    expect(await notes(w.coach.id, 'COACHING_FOLLOW_UP_OVERDUE')).toEqual([]);
    let page = (await w.coach.client.ok(LEARNING_GOALS, { org: w.org })).learningGoals;
    expect(page.overdueFollowUps).toEqual([]);

    clock.set(new Date(followUpDueAt.getTime() + 60_000));
    await reminders.deliverDueNow();
    await reminders.deliverDueNow(); // not twice
    for (const who of [w.coach, w.teacher]) {
      expect(await notes(who.id, 'COACHING_FOLLOW_UP_OVERDUE')).toEqual([
        'A coaching follow-up on “Use hinge questions in every lesson” is overdue.',
      ]);
    }
    expect(await notes(w.admin.person.id, 'COACHING_FOLLOW_UP_OVERDUE')).toEqual([]);
    page = (await w.coach.client.ok(LEARNING_GOALS, { org: w.org })).learningGoals;
    expect(page.overdueFollowUps).toEqual([
      {
        goalId,
        goalTitle: 'Use hinge questions in every lesson',
        memberName: expect.any(String),
        conversation: { id: conversationId, followUpOverdue: true },
      },
    ]);
    expect(page.coaching[0].overdueFollowUps).toBe(1);

    await w.teacher.client.ok(RECORD, {
      input: {
        organizationId: w.org,
        conversationId,
        notes: 'Good start',
        nextSteps: 'Observe a lesson',
        followUpDone: true,
      },
    });
    page = (await w.coach.client.ok(LEARNING_GOALS, { org: w.org })).learningGoals;
    expect(page.overdueFollowUps).toEqual([]);
  });

  it('ends a removed coach’s access at once: the goal, its list and its notifications', async () => {
    const w = await coachingWorld();
    // members[1] coaches; the organisation then removes them.
    const coach = w.peer;
    const goalId = await approvedGoal(w.teacher.client, coach.client, w.org, coach.id);
    await w.teacher.client.ok(COMMENT_GOAL, { input: { organizationId: w.org, goalId, body: 'See you Monday' } });
    const NOTIFICATIONS = `query ($org: ID!) { notifications(organizationId: $org) { items { text } } }`;
    const before = await coach.client.request(NOTIFICATIONS, { org: w.org });
    const { organization } = await w.facilitator.client.ok(
      `query ($id: ID!) { organization(id: $id) { members { id user { id } } } }`,
      { id: w.org },
    );
    const membership = organization.members.find((m: { user: { id: string } }) => m.user.id === coach.id);
    await w.facilitator.client.ok(`mutation ($input: MembershipRefInput!) { removeMember(input: $input) }`, {
      input: { organizationId: w.org, membershipId: membership.id },
    });
    const ref = { input: { organizationId: w.org, goalId } };
    expect((await coach.client.fail(LEARNING_GOAL, ref)).extensions?.code).toBe('NOT_FOUND');
    expect((await coach.client.fail(LEARNING_GOALS, { org: w.org })).extensions?.code).toBe('NOT_FOUND');
    expect((await coach.client.request(NOTIFICATIONS, { org: w.org })).data?.notifications ?? null).toBeNull();
    expect(before.data?.notifications.items.map((n: { text: string }) => n.text)).toContainEqual(
      expect.stringContaining('commented on'),
    );
    // The member keeps the goal and its history.
    expect((await w.teacher.client.ok(LEARNING_GOAL, ref)).learningGoal.history.length).toBeGreaterThan(0);
  });

  it('refuses bad input with field messages and changes nothing', async () => {
    const w = await coachingWorld();
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ title: '', coachId: w.coach.id, cadenceDays: 14 }, 'title'],
      [{ title: 'Goal', coachId: w.coach.id, cadenceDays: 3 }, 'cadenceDays'],
      [{ title: 'Goal', coachId: w.teacher.id, cadenceDays: 14 }, 'coachId'],
      [{ title: 'Goal', coachId: w.coach.id, planGoalId: w.cohortId, cadenceDays: 14 }, 'planGoalId'],
    ];
    for (const [fields, field] of cases) {
      const error = await w.teacher.client.fail(DRAFT_GOAL, { input: { organizationId: w.org, ...fields } });
      expect(error.extensions?.code).toBe('BAD_USER_INPUT');
      expect(error.extensions?.fields).toHaveProperty(field);
    }
    const other = await createTenant(t, 'Elsewhere');
    const foreignCoach = await w.teacher.client.fail(DRAFT_GOAL, {
      input: { organizationId: w.org, title: 'Goal', coachId: other.ownerUser.id, cadenceDays: 14 },
    });
    expect(foreignCoach.extensions?.fields).toHaveProperty('coachId');
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM learning_goal WHERE member_id = $1`, [
      w.teacher.id,
    ]);
    expect(n).toBe(0);
  });
});
