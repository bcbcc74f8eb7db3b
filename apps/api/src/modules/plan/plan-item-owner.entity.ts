import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { TeamEntity } from '../cohort/team.entity';
import { OrganizationEntity } from '../organization/organization.entity';
import { UserEntity } from '../user/user.entity';
import { PlanItemEntity } from './plan-item.entity';

/** Who answers for a plan item: a person, or a team (whose members then update it too). */
@Entity('plan_item_owner')
@Check('plan_item_owner_one_of', '(user_id IS NULL) <> (team_id IS NULL)')
@Index('plan_item_owner_org_item_idx', ['organizationId', 'itemId'])
@Index('plan_item_owner_item_idx', ['itemId'])
@Index('plan_item_owner_user_idx', ['userId'])
@Index('plan_item_owner_team_idx', ['teamId'])
export class PlanItemOwnerEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @Column({ name: 'item_id', type: 'uuid' })
  itemId: string;

  @ManyToOne(() => PlanItemEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'item_id' })
  item?: PlanItemEntity;

  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity | null;

  @Column({ name: 'team_id', type: 'uuid', nullable: true })
  teamId: string | null;

  @ManyToOne(() => TeamEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'team_id' })
  team?: TeamEntity | null;
}
