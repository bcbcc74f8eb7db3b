import { Injectable } from '@nestjs/common';
import { HuddleScope, HuddleStatus } from '@openhuddle/shared';
import { DataSource, type EntityManager, In, MoreThan } from 'typeorm';
import { AppError } from '../../common/errors/app-error';
import type { CohortAccessRow } from '../cohort/cohort.loader';
import { CohortMemberEntity } from '../cohort/cohort-member.entity';
import { PromptEntity } from '../prompt/prompt.entity';
import { UserEntity } from '../user/user.entity';
import type { NoticeRecipient } from './huddle-notices';
import { HuddleAttendanceEntity } from './huddle-attendance.entity';
import { HuddlePromptEntity } from './huddle-prompt.entity';
import { HuddleEntity } from './huddle.entity';

/** Runs `work` in the caller's transaction when there is one, else in a new one. */
export function inTransaction<T>(
  dataSource: DataSource,
  em: EntityManager | undefined,
  work: (em: EntityManager) => Promise<T>,
): Promise<T> {
  return em ? work(em) : dataSource.transaction(work);
}

type HuddleChanges = Parameters<EntityManager['update']>[2];

/** Huddles, their linked prompts and attendance: the only SQL of schedule, live and minutes. */
@Injectable()
export class HuddleRepository {
  constructor(private readonly dataSource: DataSource) {}

  transaction<T>(work: (em: EntityManager) => Promise<T>, em?: EntityManager): Promise<T> {
    return inTransaction(this.dataSource, em, work);
  }

  private db(em?: EntityManager): EntityManager {
    return em ?? this.dataSource.manager;
  }

  // ---- huddles ------------------------------------------------------------------------------

  insert(rows: Array<Partial<HuddleEntity>>, em?: EntityManager): Promise<HuddleEntity[]> {
    return this.db(em).save(HuddleEntity, rows);
  }

  findOne(id: string): Promise<HuddleEntity> {
    return this.db().findOneByOrFail(HuddleEntity, { id });
  }

  /** The huddles in the order of `ids` (undefined where there is none). */
  async findMany(ids: readonly string[]): Promise<HuddleEntity[]> {
    const rows = await this.db().findBy(HuddleEntity, { id: In([...ids]) });
    const byId = new Map(rows.map((h) => [h.id, h]));
    return ids.map((id) => byId.get(id)!);
  }

  /** Updates one huddle, only while it has `onlyIfStatus` when given; returns whether it did. */
  async update(id: string, changes: HuddleChanges, em?: EntityManager, onlyIfStatus?: HuddleStatus): Promise<boolean> {
    const where = onlyIfStatus ? { id, status: onlyIfStatus } : { id };
    const { affected } = await this.db(em).update(HuddleEntity, where, changes);
    return !!affected;
  }

  async cancel(ids: string[], em: EntityManager): Promise<void> {
    await em.update(HuddleEntity, { id: In(ids) }, { status: HuddleStatus.CANCELLED, sequence: () => 'sequence + 1' });
  }

  /** The huddle and, for FOLLOWING, the later scheduled meetings of its series, locked for the change. */
  async lockInScope(em: EntityManager, huddleId: string, scope: HuddleScope) {
    const lock = { mode: 'pessimistic_write' } as const;
    const current = await em.findOne(HuddleEntity, { where: { id: huddleId }, lock });
    if (!current) throw AppError.notFound('Huddle');
    const later =
      scope === HuddleScope.FOLLOWING
        ? await em.find(HuddleEntity, {
            where: { seriesId: current.seriesId, status: HuddleStatus.SCHEDULED, startsAt: MoreThan(current.startsAt) },
            order: { startsAt: 'ASC' },
            lock,
          })
        : [];
    return { current, later };
  }

  /** Huddles with the viewer's roles in their cohorts (one statement for any number). */
  async withViewerRoles(ids: readonly string[], viewerId: string | null) {
    const { entities, raw } = await this.dataSource
      .getRepository(HuddleEntity)
      .createQueryBuilder('h')
      .leftJoin('cohort_member', 'acm', 'acm.cohort_id = h.cohort_id AND acm.user_id = :viewerId', { viewerId })
      .leftJoin('membership', 'am', 'am.organization_id = h.organization_id AND am.user_id = :viewerId')
      .addSelect(['acm.role AS cohort_role', 'am.role AS org_role'])
      .addSelect('coalesce(acm.guest, false) AND am.user_id IS NULL', 'guest')
      .where('h.id IN (:...ids)', { ids })
      .getRawAndEntities<CohortAccessRow & { h_id: string }>();
    return entities.map((huddle) => {
      const row = raw.find((r) => r.h_id === huddle.id)!;
      return { huddle, roles: { ...row, organization_id: huddle.organizationId } as CohortAccessRow };
    });
  }

  /** Every meeting of these cohorts, earliest first. */
  ofCohorts(cohortIds: readonly string[]): Promise<HuddleEntity[]> {
    return this.db().find(HuddleEntity, { where: { cohortId: In([...cohortIds]) }, order: { startsAt: 'ASC' } });
  }

  /** Scheduled meetings of each huddle's series after it. */
  async laterInSeries(huddleIds: readonly string[]): Promise<Map<string, number>> {
    const rows: Array<{ id: string; later: number }> = await this.dataSource.query(
      `SELECT h.id, count(o.id)::int AS later
         FROM huddle h
         LEFT JOIN huddle o ON o.series_id = h.series_id AND o.starts_at > h.starts_at AND o.status = 'SCHEDULED'
        WHERE h.id = ANY($1::uuid[])
        GROUP BY h.id`,
      [huddleIds],
    );
    return new Map(rows.map((r) => [r.id, r.later]));
  }

  // ---- linked prompts -----------------------------------------------------------------------

  countPromptsOfCohort(promptIds: string[], cohortId: string): Promise<number> {
    return this.db().countBy(PromptEntity, { id: In(promptIds), cohortId });
  }

  /** Replaces a huddle's linked prompts with `promptIds`, in that order. */
  async linkPrompts(
    huddle: Pick<HuddleEntity, 'id' | 'organizationId'>,
    promptIds: string[],
    em: EntityManager,
  ): Promise<void> {
    await em.delete(HuddlePromptEntity, { huddleId: huddle.id });
    if (!promptIds.length) return;
    await em.insert(
      HuddlePromptEntity,
      promptIds.map((promptId, position) => ({
        huddleId: huddle.id,
        promptId,
        organizationId: huddle.organizationId,
        position,
      })),
    );
  }

  /** Linked prompts per huddle, in their order (two statements for any number of huddles). */
  async promptsOf(huddleIds: readonly string[]): Promise<PromptEntity[][]> {
    const links = await this.db().find(HuddlePromptEntity, {
      where: { huddleId: In([...huddleIds]) },
      order: { position: 'ASC' },
    });
    const prompts = links.length
      ? await this.db().findBy(PromptEntity, { id: In([...new Set(links.map((l) => l.promptId))]) })
      : [];
    return huddleIds.map((id) =>
      links.filter((l) => l.huddleId === id).map((l) => prompts.find((p) => p.id === l.promptId)!),
    );
  }

  // ---- people -------------------------------------------------------------------------------

  /** Everyone in the cohort but the person making the change, with the zone to show times in. */
  noticeRecipients(cohortId: string, exceptUserId: string): Promise<NoticeRecipient[]> {
    return this.dataSource.query(
      `SELECT cm.user_id AS "userId", u.time_zone AS "timeZone"
         FROM cohort_member cm JOIN "user" u ON u.id = cm.user_id
        WHERE cm.cohort_id = $1 AND cm.user_id <> $2`,
      [cohortId, exceptUserId],
    );
  }

  isCohortMember(cohortId: string, userId: string): Promise<boolean> {
    return this.db().existsBy(CohortMemberEntity, { cohortId, userId });
  }

  userOf(userId: string): Promise<UserEntity | null> {
    return this.db().findOneBy(UserEntity, { id: userId });
  }

  // ---- attendance ---------------------------------------------------------------------------

  /** Records that the user joined the live huddle, or read its brief (the latest time wins). */
  async markAttendance(
    huddle: Pick<HuddleEntity, 'id' | 'organizationId'>,
    userId: string,
    what: 'joinedAt' | 'briefReadAt',
  ): Promise<void> {
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(HuddleAttendanceEntity)
      .values({ huddleId: huddle.id, userId, organizationId: huddle.organizationId, [what]: new Date() })
      .orUpdate([what === 'joinedAt' ? 'joined_at' : 'brief_read_at'], ['huddle_id', 'user_id'])
      .execute();
  }

  attendanceOf(huddleId: string): Promise<HuddleAttendanceEntity[]> {
    return this.db().find(HuddleAttendanceEntity, { where: { huddleId } });
  }

  /** The cohort of each subject id (`agenda_item` or `action_item`), for `@CohortScoped` lookups. */
  async cohortsOf(table: 'agenda_item' | 'action_item', ids: readonly string[]): Promise<Map<string, string>> {
    const sql =
      table === 'agenda_item'
        ? 'SELECT a.id, h.cohort_id FROM agenda_item a JOIN huddle h ON h.id = a.huddle_id WHERE a.id = ANY($1::uuid[])'
        : 'SELECT id, cohort_id FROM action_item WHERE id = ANY($1::uuid[])';
    const rows: Array<{ id: string; cohort_id: string }> = await this.dataSource.query(sql, [ids]);
    return new Map(rows.map((r) => [r.id, r.cohort_id]));
  }
}
