import { OrgRole } from '@openhuddle/shared';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../user/user.entity';
import { OrganizationEntity } from './organization.entity';

/** A cohort place the member held when deactivated, restored on reactivation (when the cohort still exists). */
export interface DeactivatedCohortPlace {
  cohortId: string;
  role: string;
  teamId: string | null;
}

/**
 * A deactivated member: their membership and cohort places are gone (so every access check, feed and
 * socket of the organization refuses them at once, as for a removed member — PRODUCT.md rule 1), and
 * this row keeps what reactivating gives back. Their work stays, attributed to them.
 */
@Entity('member_deactivation')
@Index('member_deactivation_org_user_key', ['organizationId', 'userId'], { unique: true })
@Index('member_deactivation_user_idx', ['userId'])
@Index('member_deactivation_by_idx', ['deactivatedById'])
export class MemberDeactivationEntity {
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

  @Column({ type: 'enum', enum: OrgRole, enumName: 'org_role' })
  role: OrgRole;

  @Column({ name: 'cohort_places', type: 'jsonb', default: () => "'[]'" })
  cohortPlaces: DeactivatedCohortPlace[];

  @Column({ name: 'deactivated_by_id', type: 'uuid', nullable: true })
  deactivatedById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'deactivated_by_id' })
  deactivatedBy?: UserEntity | null;

  @CreateDateColumn({ name: 'deactivated_at', type: 'timestamptz' })
  deactivatedAt: Date;
}
