import { ContributionKind, ContributionStatus } from '@openhuddle/shared';
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
import { PromptEntity } from '../prompt/prompt.entity';
import { UserEntity } from '../user/user.entity';
import { OrganizationEntity } from '../organization/organization.entity';
import { CohortEntity } from '../cohort/cohort.entity';

export interface ContributionLink {
  url: string;
  title: string;
}

/** What a member posts for a prompt. Drafts are private; deletion leaves a tombstone. */
// Full-text search: an expression GIN index written by hand in the migration.
@Index('contribution_search_idx', { synchronize: false })
@Entity('contribution')
@Index('contribution_cohort_idx', ['cohortId'])
@Index('contribution_deleted_by_idx', ['deletedById'])
@Index('contribution_author_idx', ['authorId'])
@Index('contribution_org_published_idx', ['organizationId', 'publishedAt'])
@Index('contribution_org_prompt_published_idx', ['organizationId', 'promptId', 'publishedAt'])
@Index('contribution_org_cohort_published_idx', ['organizationId', 'cohortId', 'publishedAt'])
@Index('contribution_prompt_author_idx', ['promptId', 'authorId'])
// The cohort feed: a cohort's published contributions newest first (migration CohortFeed).
@Index('contribution_cohort_feed_idx', ['cohortId', 'publishedAt', 'id'], {
  where: `status = 'PUBLISHED' AND deleted_at IS NULL AND hidden_at IS NULL`,
})
export class ContributionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @Column({ name: 'cohort_id', type: 'uuid' })
  cohortId: string;

  @ManyToOne(() => CohortEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_id' })
  cohort?: CohortEntity;

  @Column({ name: 'prompt_id', type: 'uuid' })
  promptId: string;

  @ManyToOne(() => PromptEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'prompt_id' })
  prompt?: PromptEntity;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'author_id' })
  author?: UserEntity;

  @Column({ type: 'enum', enum: ContributionKind, enumName: 'contribution_kind' })
  kind: ContributionKind;

  /** Markdown, stored exactly as written; rendered safely by the client. */
  @Column({ type: 'text', default: '' })
  body: string;

  /** Kept by a trigger in the organisation's search language (migration SearchLanguages); read only by search. */
  @Column({ name: 'search_vector', type: 'tsvector', nullable: true, select: false, insert: false, update: false })
  searchVector?: string;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  links: ContributionLink[];

  @Column({ type: 'enum', enum: ContributionStatus, enumName: 'contribution_status' })
  status: ContributionStatus;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  /** Bumped on every saved change; an edit must name the version it started from. */
  @Column({ type: 'int', default: 1 })
  version: number;

  @Column({ name: 'spotlighted_at', type: 'timestamptz', nullable: true })
  spotlightedAt: Date | null;

  @Column({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt: Date | null;

  @Column({ name: 'deleted_by_id', type: 'uuid', nullable: true })
  deletedById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'deleted_by_id' })
  deletedBy?: UserEntity | null;

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
