import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrganizationEntity } from '../organization/organization.entity';
import { UserEntity } from '../user/user.entity';
import { ProgramTemplateEntity } from './program-template.entity';
import type { TemplateBody } from './template-body';

/** One version of a template, written once and never changed (cohorts launched from it keep it). */
@Entity('program_template_version')
@Index('program_template_version_key', ['organizationId', 'templateId', 'version'], { unique: true })
@Index('program_template_version_template_idx', ['templateId'])
@Index('program_template_version_created_by_idx', ['createdById'])
export class ProgramTemplateVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @Column({ name: 'template_id', type: 'uuid' })
  templateId: string;

  @ManyToOne(() => ProgramTemplateEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'template_id' })
  template?: ProgramTemplateEntity;

  @Column({ type: 'int' })
  version: number;

  @Column({ type: 'varchar', length: 120 })
  title: string;

  @Column({ type: 'text', default: '' })
  description: string;

  /** Validated before it is written (GraphQL inputs and `templateBodyErrors`). */
  @Column({ type: 'jsonb' })
  body: TemplateBody;

  @Column({ name: 'created_by_id', type: 'uuid' })
  createdById: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
