import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ContributionEntity } from '../contribution/contribution.entity';
import { UserEntity } from '../user/user.entity';
import { PromptEntity } from '../prompt/prompt.entity';
import { OrganizationEntity } from '../organization/organization.entity';

/** Who owes feedback to which contribution, by when. */
@Entity('review_assignment')
@Index('review_assignment_reviewer_idx', ['reviewerId'])
@Index('review_assignment_contribution_reviewer_key', ['contributionId', 'reviewerId'], { unique: true })
@Index('review_assignment_org_reviewer_idx', ['organizationId', 'reviewerId', 'completedAt'])
@Index('review_assignment_prompt_idx', ['promptId'])
export class ReviewAssignmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @Column({ name: 'prompt_id', type: 'uuid' })
  promptId: string;

  @ManyToOne(() => PromptEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'prompt_id' })
  prompt?: PromptEntity;

  @Column({ name: 'contribution_id', type: 'uuid' })
  contributionId: string;

  @ManyToOne(() => ContributionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contribution_id' })
  contribution?: ContributionEntity;

  @Column({ name: 'reviewer_id', type: 'uuid' })
  reviewerId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'reviewer_id' })
  reviewer?: UserEntity;

  @Column({ name: 'due_at', type: 'timestamptz', nullable: true })
  dueAt: Date | null;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
