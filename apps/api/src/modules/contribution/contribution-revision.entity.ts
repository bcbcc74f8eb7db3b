import { ContributionKind } from '@openhuddle/shared';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { type ContributionLink, ContributionEntity } from './contribution.entity';
import { UserEntity } from '../user/user.entity';
import { OrganizationEntity } from '../organization/organization.entity';
// Type-only, the relation named by string: the feedback module builds on this one, not the reverse.
import type { FeedbackEntity } from '../feedback/feedback.entity';

/** A published contribution as it was before an edit: who changed it, when, and from what. */
@Entity('contribution_revision')
@Index('contribution_revision_answers_feedback_idx', ['answersFeedbackId'])
@Index('contribution_revision_edited_by_idx', ['editedById'])
@Index('contribution_revision_organization_idx', ['organizationId'])
@Index('contribution_revision_contribution_idx', ['contributionId', 'version'], { unique: true })
export class ContributionRevisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @Column({ name: 'contribution_id', type: 'uuid' })
  contributionId: string;

  @ManyToOne(() => ContributionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contribution_id' })
  contribution?: ContributionEntity;

  @Column({ type: 'int' })
  version: number;

  @Column({ type: 'enum', enum: ContributionKind, enumName: 'contribution_kind' })
  kind: ContributionKind;

  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  links: ContributionLink[];

  @Column({ name: 'edited_by_id', type: 'uuid' })
  editedById: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'edited_by_id' })
  editedBy?: UserEntity;

  /** The feedback this revision answers, when the author revised in response to it. */
  @Column({ name: 'answers_feedback_id', type: 'uuid', nullable: true })
  answersFeedbackId: string | null;

  @ManyToOne('FeedbackEntity', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'answers_feedback_id' })
  answersFeedback?: FeedbackEntity | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
