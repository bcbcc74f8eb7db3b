import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { ContributionEntity } from '../contribution/contribution.entity';
import { UserEntity } from '../user/user.entity';
import { PromptEntity } from '../prompt/prompt.entity';
import { OrganizationEntity } from '../organization/organization.entity';

/** One person's structured response to a contribution under its prompt's protocol. */
// Full-text search: an expression GIN index written by hand in the migration.
@Index('feedback_search_idx', { synchronize: false })
@Entity('feedback')
@Index('feedback_prompt_idx', ['promptId'])
@Index('feedback_author_idx', ['authorId'])
@Index('feedback_org_contribution_idx', ['organizationId', 'contributionId', 'createdAt'])
@Index('feedback_org_prompt_idx', ['organizationId', 'promptId'])
@Index('feedback_org_created_idx', ['organizationId', 'createdAt'])
@Index('feedback_contribution_author_key', ['contributionId', 'authorId'], { unique: true })
export class FeedbackEntity {
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

  @Column({ name: 'author_id', type: 'uuid' })
  authorId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'author_id' })
  author?: UserEntity;

  /** Section key → answer text, following the protocol's sections. */
  @Column({ type: 'jsonb' })
  answers: Record<string, string>;

  /** Kept by a trigger in the organisation's search language (migration SearchLanguages); read only by search. */
  @Column({ name: 'search_vector', type: 'tsvector', nullable: true, select: false, insert: false, update: false })
  searchVector?: string;

  /** Rubric criterion key → chosen level value. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  rubric: Record<string, number>;

  /** Set by the contribution's author. */
  @Column({ name: 'helpful_at', type: 'timestamptz', nullable: true })
  helpfulAt: Date | null;

  /** When the contribution's author read it ("feedback I have not read"). */
  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt: Date | null;

  /** Hidden by a facilitator (moderation): gone for everyone like a deleted one, the reason shown to its author. */
  @Column({ name: 'hidden_at', type: 'timestamptz', nullable: true })
  hiddenAt: Date | null;

  @Column({ name: 'hidden_reason', type: 'text', nullable: true })
  hiddenReason: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
