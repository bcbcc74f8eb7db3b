import { ReactionKind } from '@openhuddle/shared';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A lightweight signal on a contribution. Only counts are shown, so reactions never reveal who reacted. */
@Entity('reaction')
@Index('reaction_contribution_user_kind_key', ['contributionId', 'userId', 'kind'], { unique: true })
@Index('reaction_org_contribution_idx', ['organizationId', 'contributionId'])
export class ReactionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ name: 'contribution_id', type: 'uuid' })
  contributionId: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ type: 'enum', enum: ReactionKind, enumName: 'reaction_kind' })
  kind: ReactionKind;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
