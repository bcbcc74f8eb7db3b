import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { CohortEntity } from '../cohort/cohort.entity';
import { UserEntity } from '../user/user.entity';

/** Someone a roster sync put in a cohort; `goneAt` once the course no longer lists them. */
@Entity('lti_roster_entry')
@Index('lti_roster_entry_cohort_user_key', ['cohortId', 'userId'], { unique: true })
@Index('lti_roster_entry_user_idx', ['userId'])
export class LtiRosterEntryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'cohort_id', type: 'uuid' })
  cohortId: string;

  @ManyToOne(() => CohortEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_id' })
  cohort?: CohortEntity;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ name: 'gone_at', type: 'timestamptz', nullable: true })
  goneAt: Date | null;

  @UpdateDateColumn({ name: 'synced_at', type: 'timestamptz' })
  syncedAt: Date;
}
