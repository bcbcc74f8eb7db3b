import { HuddleStatus } from '@openhuddle/shared';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CohortEntity } from '../cohort/cohort.entity';
import { UserEntity } from '../user/user.entity';
import { OrganizationEntity } from '../organization/organization.entity';
import type { AgendaItemEntity } from './agenda-item.entity';

/** A live meeting of a cohort. Recurring huddles are stored as one row per occurrence (same series). */
@Entity('huddle')
@Index('huddle_cohort_idx', ['cohortId'])
@Index('huddle_created_by_idx', ['createdById'])
@Index('huddle_current_agenda_item_idx', ['currentAgendaItemId'])
@Index('huddle_org_cohort_starts_idx', ['organizationId', 'cohortId', 'startsAt'])
@Index('huddle_series_idx', ['seriesId'])
// The cohort feed's huddle outcomes: a cohort's ended huddles, newest first.
@Index('huddle_cohort_ended_idx', ['cohortId', 'endedAt', 'id'], { where: 'ended_at IS NOT NULL' })
export class HuddleEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @Column({ name: 'cohort_id', type: 'uuid' })
  cohortId: string;

  @ManyToOne(() => CohortEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_id' })
  cohort?: CohortEntity;

  @Column({ name: 'series_id', type: 'uuid' })
  seriesId: string;

  @Column({ type: 'varchar', length: 160 })
  title: string;

  /** UTC; shown in each viewer's time zone. */
  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  /** The zone it was scheduled in: a series keeps its local time there, and minutes are written in it. */
  @Column({ name: 'time_zone', type: 'varchar', length: 64, default: 'UTC' })
  timeZone: string;

  @Column({ name: 'duration_minutes', type: 'int' })
  durationMinutes: number;

  @Column({ name: 'join_url', type: 'varchar', length: 2048, nullable: true })
  joinUrl: string | null;

  @Column({ type: 'enum', enum: HuddleStatus, enumName: 'huddle_status', default: HuddleStatus.SCHEDULED })
  status: HuddleStatus;

  /**
   * Hours before the start when members who have not posted yet are nudged, most distant first;
   * empty: no reminders.
   */
  @Column({ name: 'nudge_hours', type: 'smallint', array: true, default: () => `'{48,2}'` })
  nudgeHours: number[];

  /** iCalendar SEQUENCE: goes up on every change a calendar must pick up (edit, cancel). */
  @Column({ type: 'int', default: 0 })
  sequence: number;

  @Column({ name: 'current_agenda_item_id', type: 'uuid', nullable: true })
  currentAgendaItemId: string | null;

  @ManyToOne('AgendaItemEntity', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'current_agenda_item_id' })
  currentAgendaItem?: AgendaItemEntity | null;

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true })
  endedAt: Date | null;

  /** Markdown minutes posted back to the cohort when the huddle ends. */
  @Column({ type: 'text', nullable: true })
  minutes: string | null;

  @Column({ name: 'created_by_id', type: 'uuid' })
  createdById: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
