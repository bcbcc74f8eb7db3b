import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
// Type-only, with the relation named by string: no runtime import of the contribution module (which uses this one).
import type { ContributionEntity } from '../contribution/contribution.entity';
import { UserEntity } from '../user/user.entity';
import { OrganizationEntity } from '../organization/organization.entity';

/** A file attached to a contribution. Uploaded first (unattached), then attached when the draft is saved. */
@Entity('attachment')
@Index('attachment_contribution_idx', ['contributionId'])
@Index('attachment_org_contribution_idx', ['organizationId', 'contributionId'])
@Index('attachment_uploader_idx', ['uploaderId', 'createdAt'])
export class AttachmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @Column({ name: 'contribution_id', type: 'uuid', nullable: true })
  contributionId: string | null;

  @ManyToOne('ContributionEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contribution_id' })
  contribution?: ContributionEntity | null;

  @Column({ name: 'uploader_id', type: 'uuid' })
  uploaderId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'uploader_id' })
  uploader?: UserEntity;

  @Column({ name: 'file_name', type: 'varchar', length: 255 })
  fileName: string;

  /** Detected from the file's bytes, never taken from its name or the browser. */
  @Column({ name: 'content_type', type: 'varchar', length: 128 })
  contentType: string;

  @Column({ type: 'int' })
  size: number;

  @Column({ name: 'storage_key', type: 'varchar', length: 100 })
  storageKey: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
