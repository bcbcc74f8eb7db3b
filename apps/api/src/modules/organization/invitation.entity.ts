import { CohortRole, OrgRole } from '@openhuddle/shared';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../user/user.entity';
import { OrganizationEntity } from './organization.entity';

/** An invitation by email to join an organization with a role; the link carries a one-time token. */
@Entity('invitation')
@Index('invitation_invited_by_idx', ['invitedById'])
@Index('invitation_cohort_idx', ['cohortId'])
@Index('invitation_org_created_idx', ['organizationId', 'createdAt'])
@Index('invitation_org_email_idx', ['organizationId', 'email'])
export class InvitationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ type: 'enum', enum: OrgRole, enumName: 'org_role' })
  role: OrgRole;

  /** Set for a Guest invitation: the one cohort of the organization the guest gets, with this role. */
  @Column({ name: 'cohort_id', type: 'uuid', nullable: true })
  cohortId: string | null;

  // By name, so the organization module does not import the cohort module (which imports it).
  @ManyToOne('CohortEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_id' })
  cohort?: { id: string; name: string } | null;

  @Column({ name: 'cohort_role', type: 'enum', enum: CohortRole, enumName: 'cohort_role', nullable: true })
  cohortRole: CohortRole | null;

  @Column({ name: 'token_hash', type: 'char', length: 64, unique: true })
  tokenHash: string;

  @Column({ name: 'invited_by_id', type: 'uuid' })
  invitedById: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'invited_by_id' })
  invitedBy?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'accepted_at', type: 'timestamptz', nullable: true })
  acceptedAt: Date | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
