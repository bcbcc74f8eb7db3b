import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../user/user.entity';
import { OrganizationEntity } from '../organization/organization.entity';
import { ContributionEntity } from '../contribution/contribution.entity';

/** "Needs discussion": any member may raise it on a contribution; the brief ranks by votes. */
@Entity('discussion_flag')
@Index('discussion_flag_user_idx', ['userId'])
@Index('discussion_flag_org_contribution_idx', ['organizationId', 'contributionId'])
export class DiscussionFlagEntity {
  @PrimaryColumn({ name: 'contribution_id', type: 'uuid' })
  contributionId: string;

  @ManyToOne(() => ContributionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contribution_id' })
  contribution?: ContributionEntity;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
