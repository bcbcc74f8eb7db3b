import { Injectable } from '@nestjs/common';
import { PLAN_LIMITS } from '@openhuddle/shared';
import { DataSource, type EntityManager, IsNull } from 'typeorm';
import { CURSOR_TIMESTAMP_SQL, type KeysetCursor } from '../../common/pagination/keyset-cursor';
import { VISIBLE_CONTRIBUTION_SQL } from '../contribution/contribution.visibility';
import { PlanChangeEntity, type PlanFieldChange } from './plan-change.entity';
import { PlanCommentEntity } from './plan-comment.entity';
import { PlanEvidenceEntity } from './plan-evidence.entity';
import { PlanItemOwnerEntity } from './plan-item-owner.entity';
import { PlanItemEntity } from './plan-item.entity';
import { PlanEntity } from './plan.entity';
import type {
  ChangeRow,
  CommentRow,
  EvidenceRow,
  ItemStatsRow,
  MeasureValueRow,
  OwnerRow,
  PersonRow,
} from './plan.rows';

export type PlanFields = Pick<PlanEntity, 'title' | 'description' | 'startsOn' | 'endsOn'>;
export type ItemFields = Pick<
  PlanItemEntity,
  'title' | 'description' | 'startsOn' | 'dueOn' | 'measureName' | 'measureUnit' | 'measureBaseline' | 'measureTarget'
>;

/** Evidence `e` the viewer `$viewer` may see: any but contribution evidence, which follows the reveal rules. */
const visibleEvidence = (viewerParam: string) =>
  `(e.contribution_id IS NULL OR ${VISIBLE_CONTRIBUTION_SQL.replaceAll(':viewerId', viewerParam)})`;

const EVIDENCE_COLUMNS = `e.id, e.item_id AS "itemId", e.kind, e.url, e.value, e.measured_on::text AS "measuredOn",
  e.note, e.created_at AS "createdAt", ${CURSOR_TIMESTAMP_SQL('e.created_at')} AS "cursorAt",
  e.contribution_id AS "contributionId", c.prompt_id AS "promptId", p.title AS "promptTitle",
  left(c.body, 240) AS excerpt,
  u.id AS "authorId", u.display_name AS "authorName", u.avatar_url AS "authorAvatarUrl", u.time_zone AS "authorTimeZone"`;

const EVIDENCE_FROM = `plan_evidence e
  LEFT JOIN contribution c ON c.id = e.contribution_id
  LEFT JOIN prompt p ON p.id = c.prompt_id
  LEFT JOIN "user" u ON u.id = e.author_id`;

const CHANGE_SELECT = `SELECT ch.id, ch.item_id AS "itemId", ch.item_title AS "itemTitle", ch.action, ch.changes,
    ch.created_at AS "createdAt", u.id AS "authorId", u.display_name AS "authorName",
    u.avatar_url AS "authorAvatarUrl", u.time_zone AS "authorTimeZone"
  FROM plan_change ch LEFT JOIN "user" u ON u.id = ch.actor_id`;

/** The only code of the plan module that reads or writes its tables. */
@Injectable()
export class PlanRepository {
  constructor(private readonly dataSource: DataSource) {}

  transaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  // ---- plans

  findPlan(organizationId: string, planId: string | null): Promise<PlanEntity | null> {
    return this.dataSource
      .getRepository(PlanEntity)
      .findOneBy(planId ? { organizationId, id: planId } : { organizationId, archivedAt: IsNull() });
  }

  listPlans(organizationId: string): Promise<PlanEntity[]> {
    return this.dataSource
      .getRepository(PlanEntity)
      .find({ where: { organizationId }, order: { createdAt: 'DESC' }, take: 100 });
  }

  /** Locks the plan row: changes to one plan's tree (positions, item count) run one at a time. */
  lockPlan(em: EntityManager, organizationId: string, planId: string): Promise<PlanEntity | null> {
    return em.findOne(PlanEntity, { where: { organizationId, id: planId }, lock: { mode: 'pessimistic_write' } });
  }

  /** Archives the active plan (if any) and inserts the new one as active, in the caller's transaction. */
  async startPlan(em: EntityManager, organizationId: string, fields: PlanFields): Promise<PlanEntity> {
    await em.query(`UPDATE plan SET archived_at = now() WHERE organization_id = $1 AND archived_at IS NULL`, [
      organizationId,
    ]);
    return em.save(PlanEntity, { organizationId, archivedAt: null, ...fields });
  }

  async updatePlan(em: EntityManager, id: string, fields: PlanFields): Promise<PlanEntity> {
    await em.update(PlanEntity, id, fields);
    return em.findOneByOrFail(PlanEntity, { id });
  }

  // ---- items

  /** The plan's items, siblings in their order (the caller builds the tree by parent). */
  items(organizationId: string, planId: string): Promise<PlanItemEntity[]> {
    return this.dataSource.getRepository(PlanItemEntity).find({
      where: { organizationId, planId },
      order: { position: 'ASC', createdAt: 'ASC' },
      take: PLAN_LIMITS.itemsMax,
    });
  }

  findItem(organizationId: string, itemId: string, em: EntityManager = this.dataSource.manager) {
    return em.findOneBy(PlanItemEntity, { organizationId, id: itemId });
  }

  /** The item with its plan, the plan locked for the rest of the transaction. */
  async lockItem(em: EntityManager, organizationId: string, itemId: string) {
    const item = await this.findItem(organizationId, itemId, em);
    const plan = item ? await this.lockPlan(em, organizationId, item.planId) : null;
    return item && plan ? { item, plan } : null;
  }

  async countItems(em: EntityManager, planId: string): Promise<number> {
    return em.countBy(PlanItemEntity, { planId });
  }

  async insertItem(
    em: EntityManager,
    values: Pick<PlanItemEntity, 'organizationId' | 'planId' | 'parentId' | 'kind'> & ItemFields,
  ): Promise<PlanItemEntity> {
    const [{ next }] = await em.query(
      `SELECT COALESCE(max(position) + 1, 0)::int AS next FROM plan_item WHERE plan_id = $1 AND parent_id IS NOT DISTINCT FROM $2`,
      [values.planId, values.parentId],
    );
    return em.save(PlanItemEntity, { ...values, position: next as number });
  }

  async updateItem(em: EntityManager, id: string, fields: Partial<PlanItemEntity>): Promise<PlanItemEntity> {
    await em.update(PlanItemEntity, id, fields);
    return em.findOneByOrFail(PlanItemEntity, { id });
  }

  /** Deletes the item; its children, owners, evidence and comments go with it (foreign keys cascade). */
  async deleteItem(em: EntityManager, id: string): Promise<void> {
    await em.delete(PlanItemEntity, { id });
  }

  // ---- owners

  async replaceOwners(
    em: EntityManager,
    organizationId: string,
    itemId: string,
    userIds: string[],
    teamIds: string[],
  ): Promise<void> {
    await em.delete(PlanItemOwnerEntity, { itemId });
    const rows = [
      ...userIds.map((userId) => ({ organizationId, itemId, userId, teamId: null })),
      ...teamIds.map((teamId) => ({ organizationId, itemId, userId: null, teamId })),
    ];
    if (rows.length) await em.insert(PlanItemOwnerEntity, rows);
  }

  /** Owners of the items with their names, in one statement. */
  owners(itemIds: string[], em: EntityManager = this.dataSource.manager): Promise<OwnerRow[]> {
    if (!itemIds.length) return Promise.resolve([]);
    return em.query(
      `SELECT o.item_id AS "itemId",
              CASE WHEN o.user_id IS NOT NULL THEN 'PERSON' ELSE 'TEAM' END AS kind,
              COALESCE(o.user_id, o.team_id) AS id,
              COALESCE(u.display_name, t.name || ' (' || co.name || ')') AS name
         FROM plan_item_owner o
         LEFT JOIN "user" u ON u.id = o.user_id
         LEFT JOIN team t ON t.id = o.team_id
         LEFT JOIN cohort co ON co.id = t.cohort_id
        WHERE o.item_id = ANY($1::uuid[])
        ORDER BY kind, name`,
      [itemIds],
    );
  }

  /** The teams the person belongs to in this organization (their cohort memberships' teams). */
  async viewerTeamIds(organizationId: string, userId: string): Promise<string[]> {
    const rows: { teamId: string }[] = await this.dataSource.query(
      `SELECT DISTINCT cm.team_id AS "teamId" FROM cohort_member cm
        WHERE cm.organization_id = $1 AND cm.user_id = $2 AND cm.team_id IS NOT NULL`,
      [organizationId, userId],
    );
    return rows.map((r) => r.teamId);
  }

  /** Which of the ids are people of the organization, and which are teams of its cohorts. */
  async knownOwners(organizationId: string, userIds: string[], teamIds: string[]) {
    const [row] = await this.dataSource.query(
      `SELECT ARRAY(SELECT user_id FROM membership WHERE organization_id = $1 AND user_id = ANY($2::uuid[]))::text[] AS "userIds",
              ARRAY(SELECT id FROM team WHERE organization_id = $1 AND id = ANY($3::uuid[]))::text[] AS "teamIds"`,
      [organizationId, userIds, teamIds],
    );
    return row as { userIds: string[]; teamIds: string[] };
  }

  /** Everyone and every team who may own an item, by name. */
  async ownerChoices(organizationId: string): Promise<{ people: PersonRow[]; teams: PersonRow[] }> {
    const [people, teams] = await Promise.all([
      this.dataSource.query(
        `SELECT u.id, u.display_name AS name FROM membership m JOIN "user" u ON u.id = m.user_id
          WHERE m.organization_id = $1 ORDER BY u.display_name, u.id LIMIT 1000`,
        [organizationId],
      ),
      this.dataSource.query(
        `SELECT t.id, t.name || ' (' || c.name || ')' AS name FROM team t JOIN cohort c ON c.id = t.cohort_id
          WHERE t.organization_id = $1 ORDER BY c.name, t.name LIMIT 1000`,
        [organizationId],
      ),
    ]);
    return { people, teams };
  }

  // ---- evidence, measures, comments

  /**
   * Per item, in one statement: the newest evidence the viewer may see, how much they may see, and
   * how many comments there are.
   */
  itemStats(itemIds: string[], viewerId: string): Promise<ItemStatsRow[]> {
    if (!itemIds.length) return Promise.resolve([]);
    return this.dataSource.query(
      // latest.* first: its "itemId" is null without evidence, and the item's own id (last) must win.
      `SELECT latest.*,
              (SELECT count(*)::int FROM plan_evidence e
                 LEFT JOIN contribution c ON c.id = e.contribution_id LEFT JOIN prompt p ON p.id = c.prompt_id
                WHERE e.item_id = i.id AND ${visibleEvidence('$2')}) AS "evidenceCount",
              (SELECT count(*)::int FROM plan_comment pc WHERE pc.item_id = i.id) AS "commentCount",
              i.id AS "itemId"
         FROM plan_item i
         LEFT JOIN LATERAL (
           SELECT ${EVIDENCE_COLUMNS} FROM ${EVIDENCE_FROM}
            WHERE e.item_id = i.id AND ${visibleEvidence('$2')}
            ORDER BY e.created_at DESC, e.id DESC LIMIT 1) latest ON true
        WHERE i.id = ANY($1::uuid[])`,
      [itemIds, viewerId],
    );
  }

  /** The newest measure values of each item (at most PLAN_LIMITS.measureHistoryShown), oldest first. */
  measureHistory(itemIds: string[]): Promise<MeasureValueRow[]> {
    if (!itemIds.length) return Promise.resolve([]);
    return this.dataSource.query(
      `SELECT "itemId", value, "measuredOn" FROM (
         SELECT e.item_id AS "itemId", e.value, e.measured_on::text AS "measuredOn", e.measured_on, e.created_at,
                row_number() OVER (PARTITION BY e.item_id ORDER BY e.measured_on DESC, e.created_at DESC) AS n
           FROM plan_evidence e
          WHERE e.item_id = ANY($1::uuid[]) AND e.kind = 'MEASURE_VALUE') v
        WHERE n <= $2
        ORDER BY "itemId", measured_on, created_at`,
      [itemIds, PLAN_LIMITS.measureHistoryShown],
    );
  }

  /** A page of the item's evidence the viewer may see, newest first. */
  evidencePage(itemId: string, viewerId: string, after: KeysetCursor | null, limit: number): Promise<EvidenceRow[]> {
    const params: unknown[] = [itemId, viewerId, limit];
    let keyset = '';
    if (after) {
      params.push(after.createdAt, after.id);
      keyset = `AND (e.created_at, e.id) < ($4::timestamptz, $5::uuid)`;
    }
    return this.dataSource.query(
      `SELECT ${EVIDENCE_COLUMNS} FROM ${EVIDENCE_FROM}
        WHERE e.item_id = $1 AND ${visibleEvidence('$2')} ${keyset}
        ORDER BY e.created_at DESC, e.id DESC LIMIT $3`,
      params,
    );
  }

  /** A page of the item's comments, oldest first (a conversation reads down). */
  commentPage(itemId: string, after: KeysetCursor | null, limit: number): Promise<CommentRow[]> {
    const params: unknown[] = [itemId, limit];
    let keyset = '';
    if (after) {
      params.push(after.createdAt, after.id);
      keyset = `AND (pc.created_at, pc.id) > ($3::timestamptz, $4::uuid)`;
    }
    return this.dataSource.query(
      `SELECT pc.id, pc.item_id AS "itemId", pc.body, pc.created_at AS "createdAt",
              ${CURSOR_TIMESTAMP_SQL('pc.created_at')} AS "cursorAt",
              u.id AS "authorId", u.display_name AS "authorName", u.avatar_url AS "authorAvatarUrl",
              u.time_zone AS "authorTimeZone"
         FROM plan_comment pc LEFT JOIN "user" u ON u.id = pc.author_id
        WHERE pc.item_id = $1 ${keyset}
        ORDER BY pc.created_at, pc.id LIMIT $2`,
      params,
    );
  }

  /** Whether the viewer may see the contribution and it belongs to the organization (VISIBLE_CONTRIBUTION_SQL). */
  async contributionVisible(organizationId: string, contributionId: string, viewerId: string): Promise<boolean> {
    const rows = await this.dataSource.query(
      `SELECT 1 FROM contribution c JOIN prompt p ON p.id = c.prompt_id
        WHERE c.id = $1 AND c.organization_id = $2 AND ${VISIBLE_CONTRIBUTION_SQL.replaceAll(':viewerId', '$3')}`,
      [contributionId, organizationId, viewerId],
    );
    return rows.length > 0;
  }

  insertEvidence(
    em: EntityManager,
    values: Omit<PlanEvidenceEntity, 'id' | 'createdAt' | 'organization' | 'item' | 'contribution' | 'author'>,
  ): Promise<PlanEvidenceEntity> {
    return em.save(PlanEvidenceEntity, values);
  }

  insertComment(
    em: EntityManager,
    values: Pick<PlanCommentEntity, 'organizationId' | 'itemId' | 'authorId' | 'body'>,
  ): Promise<PlanCommentEntity> {
    return em.save(PlanCommentEntity, values);
  }

  // ---- history

  async recordChange(
    em: EntityManager,
    values: Pick<PlanChangeEntity, 'organizationId' | 'planId' | 'itemId' | 'itemTitle' | 'actorId' | 'action'> & {
      changes: PlanFieldChange[];
    },
  ): Promise<void> {
    await em.insert(PlanChangeEntity, values);
  }

  changesSince(planId: string, since: Date, limit = 50): Promise<ChangeRow[]> {
    return this.dataSource.query(
      `${CHANGE_SELECT} WHERE ch.plan_id = $1 AND ch.created_at >= $2 ORDER BY ch.created_at DESC, ch.id DESC LIMIT $3`,
      [planId, since, limit],
    );
  }

  itemHistory(itemId: string, limit = 50): Promise<ChangeRow[]> {
    return this.dataSource.query(
      `${CHANGE_SELECT} WHERE ch.item_id = $1 ORDER BY ch.created_at DESC, ch.id DESC LIMIT $2`,
      [itemId, limit],
    );
  }
}
