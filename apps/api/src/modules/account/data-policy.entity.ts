import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { OrganizationEntity } from '../organization/organization.entity';

/** What happens to a person's published work in this organisation when they delete their account. */
export enum DeletedAccountContent {
  /** It stays for the cohorts that built on it, attributed to "Former member" (the default). */
  KEEP_AS_FORMER_MEMBER = 'KEEP_AS_FORMER_MEMBER',
  /** It is deleted with the account: contributions and comments leave tombstones, feedback is hidden. */
  DELETE = 'DELETE',
}

/** An organisation's rules for its people's data; a missing row means the defaults. */
@Entity('organization_data_policy')
export class OrganizationDataPolicyEntity {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @OneToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @Column({
    name: 'deleted_account_content',
    type: 'enum',
    enum: DeletedAccountContent,
    enumName: 'deleted_account_content',
    default: DeletedAccountContent.KEEP_AS_FORMER_MEMBER,
  })
  deletedAccountContent: DeletedAccountContent;

  /** Drafts untouched this many days are deleted by the daily retention job; null keeps them. */
  @Column({ name: 'draft_retention_days', type: 'integer', nullable: true })
  draftRetentionDays: number | null;

  /** Audit events older than this many months are purged; null keeps the whole log. */
  @Column({ name: 'audit_retention_months', type: 'integer', nullable: true })
  auditRetentionMonths: number | null;

  /** Days after someone leaves before their personal data here (notifications, settings, drafts) is deleted. */
  @Column({ name: 'former_member_retention_days', type: 'integer', nullable: true })
  formerMemberRetentionDays: number | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
