import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** "Needs discussion": any member may raise it on a contribution; the brief ranks by votes. */
@Entity('discussion_flag')
@Index('discussion_flag_org_contribution_idx', ['organizationId', 'contributionId'])
export class DiscussionFlagEntity {
  @PrimaryColumn({ name: 'contribution_id', type: 'uuid' })
  contributionId: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
