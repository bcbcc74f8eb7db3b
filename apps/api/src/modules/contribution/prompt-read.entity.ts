import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../user/user.entity';
import { PromptEntity } from '../prompt/prompt.entity';
import { OrganizationEntity } from '../organization/organization.entity';

/** When a member last read a prompt's contributions: "what is new since I last looked". */
@Entity('prompt_read')
@Index('prompt_read_user_idx', ['userId'])
@Index('prompt_read_org_user_idx', ['organizationId', 'userId'])
export class PromptReadEntity {
  @PrimaryColumn({ name: 'prompt_id', type: 'uuid' })
  promptId: string;

  @ManyToOne(() => PromptEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'prompt_id' })
  prompt?: PromptEntity;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @Column({ name: 'last_read_at', type: 'timestamptz' })
  lastReadAt: Date;
}
