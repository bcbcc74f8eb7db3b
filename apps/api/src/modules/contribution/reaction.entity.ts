import { ReactionKind } from '@openhuddle/shared';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../user/user.entity';
import { OrganizationEntity } from '../organization/organization.entity';
import { ContributionEntity } from './contribution.entity';

/** A lightweight signal on a contribution. Only counts are shown, so reactions never reveal who reacted. */
@Entity('reaction')
@Index('reaction_user_idx', ['userId'])
@Index('reaction_contribution_user_kind_key', ['contributionId', 'userId', 'kind'], { unique: true })
@Index('reaction_org_contribution_idx', ['organizationId', 'contributionId'])
export class ReactionEntity {
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

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ type: 'enum', enum: ReactionKind, enumName: 'reaction_kind' })
  kind: ReactionKind;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
