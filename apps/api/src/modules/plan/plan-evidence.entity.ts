import { PlanEvidenceKind } from '@openhuddle/shared';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ContributionEntity } from '../contribution/contribution.entity';
import { OrganizationEntity } from '../organization/organization.entity';
import { UserEntity } from '../user/user.entity';
import { PlanItemEntity } from './plan-item.entity';

/**
 * Evidence on a plan item: a contribution (shown only to viewers who may see it, re-checked at every
 * read), a link, a new measure value, or a note. Evidence is a record: it is added, never edited.
 */
@Entity('plan_evidence')
@Index('plan_evidence_org_item_idx', ['organizationId', 'itemId', 'createdAt'])
@Index('plan_evidence_item_idx', ['itemId'])
@Index('plan_evidence_contribution_idx', ['contributionId'])
@Index('plan_evidence_author_idx', ['authorId'])
export class PlanEvidenceEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @Column({ name: 'item_id', type: 'uuid' })
  itemId: string;

  @ManyToOne(() => PlanItemEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'item_id' })
  item?: PlanItemEntity;

  @Column({ type: 'varchar', length: 20 })
  kind: PlanEvidenceKind;

  @Column({ name: 'contribution_id', type: 'uuid', nullable: true })
  contributionId: string | null;

  @ManyToOne(() => ContributionEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'contribution_id' })
  contribution?: ContributionEntity | null;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  url: string | null;

  @Column({ type: 'double precision', nullable: true })
  value: number | null;

  /** The day a measure value was taken (defaults to the day it was recorded). */
  @Column({ name: 'measured_on', type: 'date', nullable: true })
  measuredOn: string | null;

  @Column({ type: 'text', default: '' })
  note: string;

  /** Who added it (null once their account is deleted). */
  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'author_id' })
  author?: UserEntity | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
