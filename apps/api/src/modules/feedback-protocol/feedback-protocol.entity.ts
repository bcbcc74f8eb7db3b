import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrganizationEntity } from '../organization/organization.entity';

export interface ProtocolSection {
  key: string;
  label: string;
  guidingQuestion: string;
  sentenceStems: string[];
  required: boolean;
}

export interface RubricLevel {
  value: number;
  label: string;
  descriptor: string;
}

export interface RubricCriterion {
  key: string;
  label: string;
  levels: RubricLevel[];
}

/** A template for structured feedback. Built-ins have no organization; organisations add their own. */
@Entity('feedback_protocol')
@Index('feedback_protocol_org_idx', ['organizationId'])
export class FeedbackProtocolEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Null for the built-in protocols every organization can use. */
  @Column({ name: 'organization_id', type: 'uuid', nullable: true })
  organizationId: string | null;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ type: 'jsonb' })
  sections: ProtocolSection[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  rubric: RubricCriterion[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
