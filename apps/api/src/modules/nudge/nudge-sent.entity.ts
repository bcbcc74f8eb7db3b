import { NudgeAudience } from '@openhuddle/shared';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrganizationEntity } from '../organization/organization.entity';
import { PromptEntity } from '../prompt/prompt.entity';
import { UserEntity } from '../user/user.entity';

/**
 * One facilitator's nudge reaching one member about one prompt. The unique day (the recipient's
 * calendar day in their time zone) is the "at most once per person per prompt per day" rule, held by
 * the database even when two facilitators press Send at once; the rows are how the facilitator sees
 * when each person was last reminded.
 */
@Entity('nudge_sent')
@Index('nudge_sent_prompt_idx', ['promptId'])
@Index('nudge_sent_once_a_day', ['organizationId', 'promptId', 'userId', 'day'], { unique: true })
@Index('nudge_sent_user_idx', ['userId'])
@Index('nudge_sent_sent_by_idx', ['sentById'])
export class NudgeSentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @Column({ name: 'prompt_id', type: 'uuid' })
  promptId: string;

  @ManyToOne(() => PromptEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'prompt_id' })
  prompt?: PromptEntity;

  /** Who was reminded. */
  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  /** The facilitator who sent it (kept null when their account is deleted). */
  @Column({ name: 'sent_by_id', type: 'uuid', nullable: true })
  sentById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'sent_by_id' })
  sentBy?: UserEntity | null;

  @Column({ type: 'varchar', length: 20 })
  audience: NudgeAudience;

  @Column({ name: 'sent_at', type: 'timestamptz' })
  sentAt: Date;

  /** The recipient's calendar day at `sentAt`, in their profile time zone. */
  @Column({ type: 'date' })
  day: string;
}
