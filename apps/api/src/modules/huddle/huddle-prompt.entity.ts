import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** The prompts a huddle discusses; its brief is computed from them. */
@Entity('huddle_prompt')
@Index('huddle_prompt_prompt_idx', ['promptId'])
export class HuddlePromptEntity {
  @PrimaryColumn({ name: 'huddle_id', type: 'uuid' })
  huddleId: string;

  @PrimaryColumn({ name: 'prompt_id', type: 'uuid' })
  promptId: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ type: 'smallint', default: 0 })
  position: number;
}
