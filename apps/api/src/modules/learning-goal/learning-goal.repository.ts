import { Injectable } from '@nestjs/common';
import { LEARNING_GOAL_LIMITS, type LearningGoalEventKind } from '@openhuddle/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { VISIBLE_CONTRIBUTION_SQL } from '../contribution/contribution.visibility';
import { CheckInEntity, CheckInEvidenceEntity } from './check-in.entity';
import { CoachingConversationEntity } from './coaching-conversation.entity';
import { LearningGoalEventEntity } from './learning-goal-event.entity';
import { LearningGoalEntity } from './learning-goal.entity';
import type {
  CheckInEvidenceRow,
  CheckInRow,
  CoachChoiceRow,
  ConversationRow,
  EvidenceChoiceRow,
  GoalEventRow,
  GoalRow,
  OverdueFollowUpRow,
  PlanGoalRow,
} from './learning-goal.rows';

export type GoalFields = Pick<LearningGoalEntity, 'title' | 'description' | 'planItemId' | 'coachId' | 'cadenceDays'>;
export type CheckInFields = Pick<CheckInEntity, 'reflection' | 'measureName' | 'measureValue' | 'url'>;
export type ConversationFields = Pick<CoachingConversationEntity, 'startsAt' | 'link' | 'followUpDueAt'>;

/**
 * A goal readable by `viewer` (parameter): its member or its coach, nobody else. Every read of this
 * module goes through it, so "not found" and "not yours" look the same.
 */
const PARTY = (viewer: string) => `(g.member_id = ${viewer} OR g.coach_id = ${viewer})`;

const GOAL_SELECT = `SELECT g.id, g.organization_id AS "organizationId", g.member_id AS "memberId",
    mu.display_name AS "memberName", g.coach_id AS "coachId", cu.display_name AS "coachName",
    g.plan_item_id AS "planItemId", pi.title AS "planItemTitle", g.title, g.description, g.status,
    g.cadence_days AS "cadenceDays", g.created_at AS "createdAt", g.updated_at AS "updatedAt",
    (SELECT max(ev.created_at) FROM learning_goal_event ev WHERE ev.goal_id = g.id AND ev.kind = 'APPROVED') AS "approvedAt",
    (SELECT max(ci.created_at) FROM check_in ci WHERE ci.goal_id = g.id) AS "lastCheckInAt",
    (SELECT count(*)::int FROM coaching_conversation cc
      WHERE cc.goal_id = g.id AND cc.follow_up_done_at IS NULL AND cc.follow_up_due_at < $3) AS "overdueFollowUps"
  FROM learning_goal g
  JOIN "user" mu ON mu.id = g.member_id
  LEFT JOIN "user" cu ON cu.id = g.coach_id
  LEFT JOIN plan_item pi ON pi.id = g.plan_item_id`;

const CONVERSATION_COLUMNS = `cc.id, cc.goal_id AS "goalId", cc.starts_at AS "startsAt", cc.link, cc.notes,
  cc.next_steps AS "nextSteps", cc.follow_up_due_at AS "followUpDueAt", cc.follow_up_done_at AS "followUpDoneAt"`;

/** Contributions the member may link: their own, published, in this organization, not anonymous to peers. */
const LINKABLE = `c.author_id = $2 AND c.organization_id = $1 AND c.status = 'PUBLISHED'
  AND c.deleted_at IS NULL AND c.hidden_at IS NULL AND p.anonymity <> 'TO_PEERS'`;

/** The only code of the learning-goal module that reads or writes its tables. */
@Injectable()
export class LearningGoalRepository {
  constructor(private readonly dataSource: DataSource) {}

  transaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  // ---- goals

  /** The goals the viewer is the member or the coach of, newest first. */
  listGoals(organizationId: string, viewerId: string, now: Date): Promise<GoalRow[]> {
    return this.dataSource.query(
      `${GOAL_SELECT} WHERE g.organization_id = $1 AND ${PARTY('$2')} ORDER BY g.created_at DESC LIMIT ${LEARNING_GOAL_LIMITS.goalsMax * 4}`,
      [organizationId, viewerId, now],
    );
  }

  async findGoal(organizationId: string, goalId: string, viewerId: string, now: Date): Promise<GoalRow | null> {
    const [row] = await this.dataSource.query(
      `${GOAL_SELECT} WHERE g.organization_id = $1 AND ${PARTY('$2')} AND g.id = $4`,
      [organizationId, viewerId, now, goalId],
    );
    return (row as GoalRow | undefined) ?? null;
  }

  /** The goal row locked for the transaction, if the viewer is one of its pair. */
  async lockGoal(
    em: EntityManager,
    organizationId: string,
    goalId: string,
    viewerId: string,
  ): Promise<LearningGoalEntity | null> {
    const goal = await em.findOne(LearningGoalEntity, {
      where: { organizationId, id: goalId },
      lock: { mode: 'pessimistic_write' },
    });
    return goal && (goal.memberId === viewerId || goal.coachId === viewerId) ? goal : null;
  }

  countMemberGoals(em: EntityManager, organizationId: string, memberId: string): Promise<number> {
    return em.countBy(LearningGoalEntity, { organizationId, memberId });
  }

  insertGoal(
    em: EntityManager,
    values: Pick<LearningGoalEntity, 'organizationId' | 'memberId' | 'status'> & GoalFields,
  ): Promise<LearningGoalEntity> {
    return em.save(LearningGoalEntity, em.create(LearningGoalEntity, values));
  }

  async updateGoal(em: EntityManager, id: string, values: Partial<LearningGoalEntity>): Promise<void> {
    await em.update(LearningGoalEntity, id, values);
  }

  async recordEvent(
    em: EntityManager,
    goal: Pick<LearningGoalEntity, 'id' | 'organizationId'>,
    actorId: string,
    kind: LearningGoalEventKind,
    body = '',
  ): Promise<string> {
    const result = await em.insert(LearningGoalEventEntity, {
      organizationId: goal.organizationId,
      goalId: goal.id,
      actorId,
      kind,
      body,
    });
    return (result.identifiers[0] as { id: string }).id;
  }

  events(goalId: string): Promise<GoalEventRow[]> {
    return this.dataSource.query(
      `SELECT * FROM (SELECT ev.id, ev.kind, ev.body, ev.created_at AS "createdAt", u.id AS "actorId",
              u.display_name AS "actorName"
         FROM learning_goal_event ev LEFT JOIN "user" u ON u.id = ev.actor_id
        WHERE ev.goal_id = $1 ORDER BY ev.created_at DESC, ev.id DESC LIMIT ${LEARNING_GOAL_LIMITS.shownMax}) newest
        ORDER BY "createdAt", id`,
      [goalId],
    );
  }

  // ---- choices

  /** Colleagues in the organization who may coach the member, facilitators of their cohorts first. */
  coachChoices(organizationId: string, memberId: string): Promise<CoachChoiceRow[]> {
    return this.dataSource.query(
      `SELECT u.id AS "userId", u.display_name AS "displayName",
              EXISTS (SELECT 1 FROM cohort_member f JOIN cohort_member mine ON mine.cohort_id = f.cohort_id AND mine.user_id = $2
                       JOIN cohort co ON co.id = f.cohort_id AND co.organization_id = $1
                       WHERE f.user_id = u.id AND f.role = 'FACILITATOR') AS facilitator
         FROM membership m JOIN "user" u ON u.id = m.user_id
        WHERE m.organization_id = $1 AND m.user_id <> $2
        ORDER BY facilitator DESC, u.display_name, u.id LIMIT 500`,
      [organizationId, memberId],
    );
  }

  async isOrganizationMember(organizationId: string, userId: string, em: EntityManager): Promise<boolean> {
    const [row] = await em.query(`SELECT 1 FROM membership WHERE organization_id = $1 AND user_id = $2`, [
      organizationId,
      userId,
    ]);
    return !!row;
  }

  /** The active plan's goals (top-level items), in their order. */
  planGoals(organizationId: string): Promise<PlanGoalRow[]> {
    return this.dataSource.query(
      `SELECT pi.id, pi.title FROM plan_item pi JOIN plan pl ON pl.id = pi.plan_id AND pl.archived_at IS NULL
        WHERE pi.organization_id = $1 AND pi.kind = 'GOAL' ORDER BY pi.position, pi.created_at LIMIT 300`,
      [organizationId],
    );
  }

  async isPlanGoal(organizationId: string, itemId: string, em: EntityManager): Promise<boolean> {
    const [row] = await em.query(`SELECT 1 FROM plan_item WHERE organization_id = $1 AND id = $2 AND kind = 'GOAL'`, [
      organizationId,
      itemId,
    ]);
    return !!row;
  }

  /** The member's own contributions they may link as evidence, newest first. */
  evidenceChoices(organizationId: string, memberId: string): Promise<EvidenceChoiceRow[]> {
    return this.dataSource.query(
      `SELECT c.id AS "contributionId", p.title AS "promptTitle", left(c.body, 240) AS excerpt, c.published_at AS "publishedAt"
         FROM contribution c JOIN prompt p ON p.id = c.prompt_id
        WHERE ${LINKABLE} ORDER BY c.published_at DESC LIMIT 50`,
      [organizationId, memberId],
    );
  }

  async linkableContributions(
    em: EntityManager,
    organizationId: string,
    memberId: string,
    ids: string[],
  ): Promise<string[]> {
    if (!ids.length) return [];
    const rows: Array<{ id: string }> = await em.query(
      `SELECT c.id FROM contribution c JOIN prompt p ON p.id = c.prompt_id WHERE ${LINKABLE} AND c.id = ANY($3::uuid[])`,
      [organizationId, memberId, ids],
    );
    return rows.map((r) => r.id);
  }

  // ---- check-ins

  insertCheckIn(
    em: EntityManager,
    goal: Pick<LearningGoalEntity, 'id' | 'organizationId'>,
    fields: CheckInFields,
  ): Promise<CheckInEntity> {
    return em.save(
      CheckInEntity,
      em.create(CheckInEntity, { goalId: goal.id, organizationId: goal.organizationId, ...fields }),
    );
  }

  async linkEvidence(em: EntityManager, checkIn: CheckInEntity, contributionIds: string[]): Promise<void> {
    if (!contributionIds.length) return;
    await em.insert(
      CheckInEvidenceEntity,
      contributionIds.map((contributionId) => ({
        checkInId: checkIn.id,
        contributionId,
        organizationId: checkIn.organizationId,
      })),
    );
  }

  lockCheckIn(em: EntityManager, organizationId: string, checkInId: string): Promise<CheckInEntity | null> {
    return em.findOne(CheckInEntity, { where: { organizationId, id: checkInId }, lock: { mode: 'pessimistic_write' } });
  }

  async respond(em: EntityManager, checkInId: string, responderId: string, response: string, at: Date): Promise<void> {
    await em.update(CheckInEntity, checkInId, { response, responderId, respondedAt: at });
  }

  checkIns(goalId: string): Promise<CheckInRow[]> {
    return this.dataSource.query(
      `SELECT ci.id, ci.goal_id AS "goalId", ci.reflection, ci.measure_name AS "measureName",
              ci.measure_value AS "measureValue", ci.url, ci.response, ci.responded_at AS "respondedAt",
              u.display_name AS "responderName", ci.created_at AS "createdAt"
         FROM check_in ci LEFT JOIN "user" u ON u.id = ci.responder_id
        WHERE ci.goal_id = $1 ORDER BY ci.created_at DESC, ci.id DESC LIMIT ${LEARNING_GOAL_LIMITS.shownMax}`,
      [goalId],
    );
  }

  /**
   * The contributions linked from the goal's check-ins that the viewer may open now (the reveal
   * rules, deletion and moderation apply, as everywhere): a check-in never reveals more than its
   * contribution's page would.
   */
  checkInEvidence(goalId: string, viewerId: string): Promise<CheckInEvidenceRow[]> {
    return this.dataSource.query(
      `SELECT ce.check_in_id AS "checkInId", c.id AS "contributionId", c.prompt_id AS "promptId",
              p.title AS "promptTitle", left(c.body, 240) AS excerpt
         FROM check_in_evidence ce
         JOIN check_in ci ON ci.id = ce.check_in_id
         JOIN contribution c ON c.id = ce.contribution_id
         JOIN prompt p ON p.id = c.prompt_id
        WHERE ci.goal_id = $1 AND (p.anonymity <> 'TO_PEERS' OR c.author_id = $2)
          AND ${VISIBLE_CONTRIBUTION_SQL.replaceAll(':viewerId', '$2')}
        ORDER BY p.title, c.id`,
      [goalId, viewerId],
    );
  }

  // ---- coaching conversations

  insertConversation(
    em: EntityManager,
    goal: Pick<LearningGoalEntity, 'id' | 'organizationId'>,
    fields: ConversationFields,
  ): Promise<CoachingConversationEntity> {
    return em.save(
      CoachingConversationEntity,
      em.create(CoachingConversationEntity, { goalId: goal.id, organizationId: goal.organizationId, ...fields }),
    );
  }

  lockConversation(
    em: EntityManager,
    organizationId: string,
    conversationId: string,
  ): Promise<CoachingConversationEntity | null> {
    return em.findOne(CoachingConversationEntity, {
      where: { organizationId, id: conversationId },
      lock: { mode: 'pessimistic_write' },
    });
  }

  async updateConversation(
    em: EntityManager,
    id: string,
    values: Partial<Pick<CoachingConversationEntity, 'notes' | 'nextSteps' | 'followUpDueAt' | 'followUpDoneAt'>>,
  ): Promise<void> {
    await em.update(CoachingConversationEntity, id, values);
  }

  conversations(goalId: string): Promise<ConversationRow[]> {
    return this.dataSource.query(
      `SELECT ${CONVERSATION_COLUMNS} FROM coaching_conversation cc WHERE cc.goal_id = $1
        ORDER BY cc.starts_at DESC, cc.id DESC LIMIT ${LEARNING_GOAL_LIMITS.shownMax}`,
      [goalId],
    );
  }

  /** The open follow-ups past due of the goals the viewer coaches (or, as a member, their own). */
  overdueFollowUps(organizationId: string, viewerId: string, now: Date): Promise<OverdueFollowUpRow[]> {
    return this.dataSource.query(
      `SELECT ${CONVERSATION_COLUMNS}, g.title AS "goalTitle", mu.display_name AS "memberName"
         FROM coaching_conversation cc
         JOIN learning_goal g ON g.id = cc.goal_id
         JOIN "user" mu ON mu.id = g.member_id
        WHERE g.organization_id = $1 AND ${PARTY('$2')}
          AND cc.follow_up_done_at IS NULL AND cc.follow_up_due_at < $3
        ORDER BY cc.follow_up_due_at, cc.id LIMIT 200`,
      [organizationId, viewerId, now],
    );
  }
}
