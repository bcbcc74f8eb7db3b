import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../user/user.entity';
import { ContributionEntity } from './contribution.entity';
import { OrganizationEntity } from '../organization/organization.entity';
// Type-only, the relation named by string: the feedback module builds on this one, not the reverse.
import type { FeedbackEntity } from '../feedback/feedback.entity';

/** Threaded discussion on a contribution (or on one feedback of it). */
// Full-text search: an expression GIN index written by hand in the migration.
@Index('comment_search_idx', { synchronize: false })
@Entity('comment')
@Index('comment_parent_idx', ['parentId'])
@Index('comment_feedback_idx', ['feedbackId'])
@Index('comment_author_idx', ['authorId'])
@Index('comment_org_created_idx', ['organizationId', 'createdAt'])
@Index('comment_contribution_idx', ['contributionId'])
@Index('comment_org_contribution_idx', ['organizationId', 'contributionId', 'createdAt'])
export class CommentEntity {
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

  @Column({ name: 'feedback_id', type: 'uuid', nullable: true })
  feedbackId: string | null;

  @ManyToOne('FeedbackEntity', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'feedback_id' })
  feedback?: FeedbackEntity | null;

  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId: string | null;

  @ManyToOne(() => CommentEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'parent_id' })
  parent?: CommentEntity | null;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'author_id' })
  author?: UserEntity;

  @Column({ type: 'text' })
  body: string;

  /** Kept by a trigger in the organisation's search language (migration SearchLanguages); read only by search. */
  @Column({ name: 'search_vector', type: 'tsvector', nullable: true, select: false, insert: false, update: false })
  searchVector?: string;

  @Column({ name: 'mentioned_user_ids', type: 'uuid', array: true, default: () => "'{}'" })
  mentionedUserIds: string[];

  @Column({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt: Date | null;

  /** Hidden by a facilitator (moderation): gone for everyone like a deleted one, the reason shown to its author. */
  @Column({ name: 'hidden_at', type: 'timestamptz', nullable: true })
  hiddenAt: Date | null;

  @Column({ name: 'hidden_reason', type: 'text', nullable: true })
  hiddenReason: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
