import { PlanItemKind, PlanItemStatus } from '@openhuddle/shared';
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
import { OrganizationEntity } from '../organization/organization.entity';
import { PlanEntity } from './plan.entity';

/**
 * A Goal, Strategy or ActionStep of a plan: one table for the three, since they share every field
 * and the progress page reads the whole tree in one statement; `kind` follows from the parent.
 * The measure ("students meeting standard in math: 54% → 70%") is optional; its values over time are
 * MEASURE_VALUE evidence.
 */
@Entity('plan_item')
@Index('plan_item_org_plan_idx', ['organizationId', 'planId', 'position'])
@Index('plan_item_parent_idx', ['parentId'])
@Index('plan_item_plan_idx', ['planId'])
export class PlanItemEntity {
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

  /** The goal of a strategy, the strategy of an action step; null for a goal. */
  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId: string | null;

  @ManyToOne(() => PlanItemEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'parent_id' })
  parent?: PlanItemEntity | null;

  @Column({ type: 'varchar', length: 20 })
  kind: PlanItemKind;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ type: 'varchar', length: 20, default: PlanItemStatus.NOT_STARTED })
  status: PlanItemStatus;

  @Column({ name: 'starts_on', type: 'date', nullable: true })
  startsOn: string | null;

  @Column({ name: 'due_on', type: 'date', nullable: true })
  dueOn: string | null;

  /** Order among its siblings. */
  @Column({ type: 'int', default: 0 })
  position: number;

  @Column({ name: 'measure_name', type: 'varchar', length: 120, nullable: true })
  measureName: string | null;

  @Column({ name: 'measure_unit', type: 'varchar', length: 20, nullable: true })
  measureUnit: string | null;

  @Column({ name: 'measure_baseline', type: 'double precision', nullable: true })
  measureBaseline: number | null;

  @Column({ name: 'measure_target', type: 'double precision', nullable: true })
  measureTarget: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
