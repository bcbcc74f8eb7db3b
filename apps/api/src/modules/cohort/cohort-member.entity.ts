import { CohortRole } from '@openhuddle/shared';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../user/user.entity';
import { CohortEntity } from './cohort.entity';
import { TeamEntity } from './team.entity';
import { OrganizationEntity } from '../organization/organization.entity';

/** A person in a cohort, with a cohort role and an optional team. */
@Entity('cohort_member')
@Index('cohort_member_user_idx', ['userId'])
@Index('cohort_member_team_idx', ['teamId'])
@Index('cohort_member_cohort_user_key', ['cohortId', 'userId'], { unique: true })
@Index('cohort_member_org_user_idx', ['organizationId', 'userId'])
export class CohortMemberEntity {
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

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ type: 'enum', enum: CohortRole, enumName: 'cohort_role' })
  role: CohortRole;

  @Column({ name: 'team_id', type: 'uuid', nullable: true })
  teamId: string | null;

  @ManyToOne(() => TeamEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'team_id' })
  team?: TeamEntity | null;

  @CreateDateColumn({ name: 'joined_at', type: 'timestamptz' })
  joinedAt: Date;

  /**
   * A Guest: someone from another organization (a consultant) with a place in this cohort and no
   * membership of its organization. The place alone grants this cohort and nothing else (rule 1).
   */
  @Column({ type: 'boolean', default: false })
  guest: boolean;

  /** When the member last opened the cohort: "what is new since I last looked". */
  @Column({ name: 'last_seen_at', type: 'timestamptz', nullable: true })
  lastSeenAt: Date | null;
}
