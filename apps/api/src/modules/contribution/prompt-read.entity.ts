import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** When a member last read a prompt's contributions: "what is new since I last looked". */
@Entity('prompt_read')
@Index('prompt_read_org_user_idx', ['organizationId', 'userId'])
export class PromptReadEntity {
  @PrimaryColumn({ name: 'prompt_id', type: 'uuid' })
  promptId: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ name: 'last_read_at', type: 'timestamptz' })
  lastReadAt: Date;
}
