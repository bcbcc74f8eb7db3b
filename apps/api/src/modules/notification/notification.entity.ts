import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { NotificationKind, NotificationSubjectType } from '@openhuddle/shared';
import { CohortEntity } from '../cohort/cohort.entity';
import { UserEntity } from '../user/user.entity';
import { OrganizationEntity } from '../organization/organization.entity';

/**
 * An in-app notification. `channel` is where it was delivered; another channel (email) plugs
 * in as a second delivery of the same notification. `dedupeKey` makes sending idempotent.
 * The subject (`subjectType` + `subjectId`) is checked again whenever the notification is read, so
 * one quoting what the reader can no longer see (deleted, not revealed, left the cohort) is not shown.
 */
@Entity('notification')
@Index('notification_user_idx', ['userId'])
// Ends in (created_at, id): the list's keyset order, read backwards for newest first.
@Index('notification_org_user_created_idx', ['organizationId', 'userId', 'createdAt', 'id'])
@Index('notification_dedupe_key', ['dedupeKey'], { unique: true })
@Index('notification_cohort_idx', ['cohortId'])
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ type: 'varchar', length: 40 })
  kind: NotificationKind;

  @Column({ name: 'cohort_id', type: 'uuid', nullable: true })
  cohortId: string | null;

  @ManyToOne(() => CohortEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'cohort_id' })
  cohort?: CohortEntity | null;

  @Column({ name: 'subject_type', type: 'varchar', length: 20, nullable: true })
  subjectType: NotificationSubjectType | null;

  @Column({ name: 'subject_id', type: 'uuid', nullable: true })
  subjectId: string | null;

  @Column({ type: 'varchar', length: 300 })
  text: string;

  /** In-app path to open, e.g. /o/<org>/huddles/<id>. */
  @Column({ type: 'varchar', length: 300 })
  link: string;

  @Column({ name: 'dedupe_key', type: 'varchar', length: 200 })
  dedupeKey: string;

  /** False when the person turned this kind off in-app: kept for idempotence and the other channels, never listed. */
  @Column({ name: 'in_app', type: 'boolean', default: true })
  inApp: boolean;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
