import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { PromptEntity } from '../prompt/prompt.entity';
import { OrganizationEntity } from '../organization/organization.entity';
import { HuddleEntity } from './huddle.entity';

/** The prompts a huddle discusses; its brief is computed from them. */
@Entity('huddle_prompt')
@Index('huddle_prompt_organization_idx', ['organizationId'])
@Index('huddle_prompt_prompt_idx', ['promptId'])
export class HuddlePromptEntity {
  @PrimaryColumn({ name: 'huddle_id', type: 'uuid' })
  huddleId: string;

  @ManyToOne(() => HuddleEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'huddle_id' })
  huddle?: HuddleEntity;

  @PrimaryColumn({ name: 'prompt_id', type: 'uuid' })
  promptId: string;

  @ManyToOne(() => PromptEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'prompt_id' })
  prompt?: PromptEntity;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @Column({ type: 'smallint', default: 0 })
  position: number;
}
