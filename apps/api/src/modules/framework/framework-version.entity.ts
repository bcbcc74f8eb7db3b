import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrganizationEntity } from '../organization/organization.entity';
import { UserEntity } from '../user/user.entity';
import { FrameworkEntity } from './framework.entity';

/** A practice as a version stores it: `key` stays the same across versions, so growth compares like with like. */
export interface StoredPractice {
  key: string;
  title: string;
  /** One per level, in order (level 1 first). */
  descriptors: string[];
}

export interface StoredDomain {
  title: string;
  practices: StoredPractice[];
}

/**
 * One version of a framework: written once, never changed (an edit writes the next number), so an
 * assessment made on version 2 reads version 2's practices and descriptors for ever.
 */
@Entity('framework_version')
@Index('framework_version_framework_number_key', ['frameworkId', 'number'], { unique: true })
@Index('framework_version_org_idx', ['organizationId'])
@Index('framework_version_created_by_idx', ['createdById'])
export class FrameworkVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @Column({ name: 'framework_id', type: 'uuid' })
  frameworkId: string;

  @ManyToOne(() => FrameworkEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'framework_id' })
  framework?: FrameworkEntity;

  @Column({ type: 'integer' })
  number: number;

  @Column({ type: 'varchar', length: 120 })
  title: string;

  @Column({ type: 'text', default: '' })
  description: string;

  /** The name of each level, level 1 first; every practice has one descriptor per level. */
  @Column({ name: 'level_names', type: 'jsonb' })
  levelNames: string[];

  @Column({ type: 'jsonb' })
  domains: StoredDomain[];

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
