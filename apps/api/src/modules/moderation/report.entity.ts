import { ReportReason, ReportStatus, ReportSubjectType } from '@openhuddle/shared';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CohortEntity } from '../cohort/cohort.entity';
// Type-only, the relations named by string: the contribution and feedback modules build on this one, not the reverse.
import { OrganizationEntity } from '../organization/organization.entity';
import { UserEntity } from '../user/user.entity';

/**
 * A member's flag that a contribution, a feedback or a comment breaks the norms. The subject is
 * named by real foreign keys (its contribution always; the feedback or comment when it is one), so
 * a report goes with what it reports. One report per reporter and subject (the service makes a
 * second one a no-op).
 */
@Entity('report')
@Index('report_org_created_idx', ['organizationId', 'createdAt'])
@Index('report_cohort_status_idx', ['cohortId', 'status'])
@Index('report_contribution_idx', ['contributionId'])
@Index('report_feedback_idx', ['feedbackId'])
@Index('report_comment_idx', ['commentId'])
@Index('report_reporter_idx', ['reporterId'])
export class ReportEntity {
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

  @Column({ name: 'subject_type', type: 'enum', enum: ReportSubjectType, enumName: 'report_subject_type' })
  subjectType: ReportSubjectType;

  @Column({ name: 'contribution_id', type: 'uuid' })
  contributionId: string;

  @ManyToOne('ContributionEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contribution_id' })
  contribution?: object; // by name: moderation does not import the contribution module (one-way dependency)

  @Column({ name: 'feedback_id', type: 'uuid', nullable: true })
  feedbackId: string | null;

  @ManyToOne('FeedbackEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'feedback_id' })
  feedback?: object | null;

  @Column({ name: 'comment_id', type: 'uuid', nullable: true })
  commentId: string | null;

  @ManyToOne('CommentEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'comment_id' })
  comment?: object | null;

  @Column({ name: 'reporter_id', type: 'uuid' })
  reporterId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'reporter_id' })
  reporter?: UserEntity;

  @Column({ type: 'enum', enum: ReportReason, enumName: 'report_reason' })
  reason: ReportReason;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'enum', enum: ReportStatus, enumName: 'report_status', default: ReportStatus.OPEN })
  status: ReportStatus;

  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true })
  resolvedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
