import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { OrganizationEntity } from '../organization/organization.entity';
import { UserEntity } from '../user/user.entity';
import { AuditAction, AuditSubjectType } from './audit-action';

/** Small, flat facts about an event (old/new role, names as they were), shown in the log's sentence. */
export type AuditDetails = Record<string, string | number | boolean | null>;

/**
 * One recorded administrative action. The actor's name is copied in, so the event still says who
 * did it after their account or membership is gone (actor_id then becomes null).
 */
@Entity('audit_event')
// Both indexes end in (created_at, id): the log's keyset order, read backwards for newest first.
@Index('audit_event_org_created_idx', ['organizationId', 'createdAt', 'id'])
@Index('audit_event_org_action_created_idx', ['organizationId', 'action', 'createdAt', 'id'])
// The person filter, and the SET NULL when an account goes.
@Index('audit_event_actor_created_idx', ['actorId', 'createdAt', 'id'])
export class AuditEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne('OrganizationEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'actor_id' })
  actor?: UserEntity | null;

  @Column({ name: 'actor_name', type: 'varchar', length: 200 })
  actorName: string;

  @Column({ type: 'enum', enum: AuditAction, enumName: 'audit_action' })
  action: AuditAction;

  @Column({ name: 'subject_type', type: 'enum', enum: AuditSubjectType, enumName: 'audit_subject_type' })
  subjectType: AuditSubjectType;

  @Column({ name: 'subject_id', type: 'uuid', nullable: true })
  subjectId: string | null;

  @Column({ type: 'jsonb' })
  details: AuditDetails;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
