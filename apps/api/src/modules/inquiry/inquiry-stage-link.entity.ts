import { InquiryStage } from '@openhuddle/shared';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { HuddleEntity } from '../huddle/huddle.entity';
import { OrganizationEntity } from '../organization/organization.entity';
import { PromptEntity } from '../prompt/prompt.entity';
import { InquiryCycleEntity } from './inquiry-cycle.entity';

/** A prompt or a huddle of the cycle's cohort that belongs to one of its stages. */
@Entity('inquiry_stage_link')
@Check('inquiry_stage_link_one_subject', '(prompt_id IS NULL) <> (huddle_id IS NULL)')
@Index('inquiry_stage_link_cycle_idx', ['cycleId', 'createdAt'])
@Index('inquiry_stage_link_prompt_key', ['cycleId', 'promptId'], { unique: true, where: 'prompt_id IS NOT NULL' })
@Index('inquiry_stage_link_huddle_key', ['cycleId', 'huddleId'], { unique: true, where: 'huddle_id IS NOT NULL' })
@Index('inquiry_stage_link_prompt_idx', ['promptId'])
@Index('inquiry_stage_link_huddle_idx', ['huddleId'])
@Index('inquiry_stage_link_org_idx', ['organizationId'])
export class InquiryStageLinkEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @Column({ name: 'cycle_id', type: 'uuid' })
  cycleId: string;

  @ManyToOne(() => InquiryCycleEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cycle_id' })
  cycle?: InquiryCycleEntity;

  @Column({ type: 'varchar', length: 20 })
  stage: InquiryStage;

  @Column({ name: 'prompt_id', type: 'uuid', nullable: true })
  promptId: string | null;

  @ManyToOne(() => PromptEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'prompt_id' })
  prompt?: PromptEntity | null;

  @Column({ name: 'huddle_id', type: 'uuid', nullable: true })
  huddleId: string | null;

  @ManyToOne(() => HuddleEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'huddle_id' })
  huddle?: HuddleEntity | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
