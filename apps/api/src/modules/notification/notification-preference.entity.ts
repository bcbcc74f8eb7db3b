import { EmailCadence, NotificationKind } from '@openhuddle/shared';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { CohortEntity } from '../cohort/cohort.entity';
import { OrganizationEntity } from '../organization/organization.entity';
import { UserEntity } from '../user/user.entity';

/** A person's choice for one kind in one organization; a kind without a row follows the defaults. */
@Entity('notification_preference')
// The primary keys start with organization_id; these serve the cascades when a person or cohort goes.
@Index('notification_preference_user_idx', ['userId'])
export class NotificationPreferenceEntity {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @PrimaryColumn({ type: 'varchar', length: 40 })
  kind: NotificationKind;

  @Column({ name: 'in_app', type: 'boolean' })
  inApp: boolean;

  @Column({ type: 'varchar', length: 20 })
  email: EmailCadence;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** Quiet hours, as minutes after midnight in the person's profile time zone (end before start wraps midnight). */
@Entity('notification_settings')
@Index('notification_settings_user_idx', ['userId'])
export class NotificationSettingsEntity {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ name: 'quiet_start_minute', type: 'smallint', nullable: true })
  quietStartMinute: number | null;

  @Column({ name: 'quiet_end_minute', type: 'smallint', nullable: true })
  quietEndMinute: number | null;
}

/** A cohort a person muted: nothing of it reaches them, in-app or by email. */
@Entity('notification_cohort_mute')
@Index('notification_cohort_mute_user_idx', ['userId'])
@Index('notification_cohort_mute_cohort_idx', ['cohortId'])
export class NotificationCohortMuteEntity {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @PrimaryColumn({ name: 'cohort_id', type: 'uuid' })
  cohortId: string;

  @ManyToOne(() => CohortEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_id' })
  cohort?: CohortEntity;
}
