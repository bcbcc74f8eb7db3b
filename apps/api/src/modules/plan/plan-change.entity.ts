import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrganizationEntity } from '../organization/organization.entity';
import { UserEntity } from '../user/user.entity';
import { PlanItemEntity } from './plan-item.entity';
import { PlanEntity } from './plan.entity';

/** One field's change: what it was and what it became, as shown (dates and statuses as text). */
export interface PlanFieldChange {
  field: string;
  from: string | null;
  to: string | null;
}

/**
 * The plan's change history: who changed what, when. Written in the transaction of the change, so
 * "what changed this month" is never missing one. Keeps the item's title, so a deleted item's
 * history still reads.
 */
@Entity('plan_change')
@Index('plan_change_org_plan_idx', ['organizationId', 'planId', 'createdAt'])
@Index('plan_change_plan_idx', ['planId'])
@Index('plan_change_item_idx', ['itemId'])
@Index('plan_change_actor_idx', ['actorId'])
export class PlanChangeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @Column({ name: 'plan_id', type: 'uuid' })
  planId: string;

  @ManyToOne(() => PlanEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id' })
  plan?: PlanEntity;

  /** The item changed (null for the plan itself, or once the item is deleted). */
  @Column({ name: 'item_id', type: 'uuid', nullable: true })
  itemId: string | null;

  @ManyToOne(() => PlanItemEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'item_id' })
  item?: PlanItemEntity | null;

  @Column({ name: 'item_title', type: 'varchar', length: 200, nullable: true })
  itemTitle: string | null;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'actor_id' })
  actor?: UserEntity | null;

  /** CREATED, UPDATED, STATUS, EVIDENCE, DELETED. */
  @Column({ type: 'varchar', length: 20 })
  action: string;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  changes: PlanFieldChange[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
