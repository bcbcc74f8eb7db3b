import { InquiryEvidenceKind } from '@openhuddle/shared';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ContributionEntity } from '../contribution/contribution.entity';
import { OrganizationEntity } from '../organization/organization.entity';
import { UserEntity } from '../user/user.entity';
import { InquiryCycleEntity } from './inquiry-cycle.entity';

/**
 * Evidence of student learning on a cycle: a contribution (shown only to viewers who may see it,
 * re-checked at every read, the showcase and its Markdown included), a link, or a note.
 */
@Entity('inquiry_evidence')
@Index('inquiry_evidence_cycle_idx', ['cycleId', 'createdAt'])
@Index('inquiry_evidence_contribution_idx', ['contributionId'])
@Index('inquiry_evidence_author_idx', ['authorId'])
@Index('inquiry_evidence_org_idx', ['organizationId'])
export class InquiryEvidenceEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @Column({ name: 'cycle_id', type: 'uuid' })
  cycleId: string;

  @ManyToOne(() => InquiryCycleEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cycle_id' })
  cycle?: InquiryCycleEntity;

  @Column({ type: 'varchar', length: 20 })
  kind: InquiryEvidenceKind;

  @Column({ name: 'contribution_id', type: 'uuid', nullable: true })
  contributionId: string | null;

  @ManyToOne(() => ContributionEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'contribution_id' })
  contribution?: ContributionEntity | null;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  url: string | null;

  @Column({ type: 'text', default: '' })
  note: string;

  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'author_id' })
  author?: UserEntity | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
