import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../user/user.entity';
import { PromptEntity } from '../prompt/prompt.entity';
import { OrganizationEntity } from '../organization/organization.entity';
import { HuddleEntity } from './huddle.entity';
import { CohortEntity } from '../cohort/cohort.entity';
import { AgendaItemEntity } from './agenda-item.entity';

/** Something someone agreed to do in a huddle; it lands in its owner's queue. */
@Entity('action_item')
@Index('action_item_owner_idx', ['ownerId'])
@Index('action_item_prompt_idx', ['promptId'])
@Index('action_item_agenda_item_idx', ['agendaItemId'])
@Index('action_item_cohort_idx', ['cohortId'])
@Index('action_item_org_owner_idx', ['organizationId', 'ownerId', 'doneAt'])
@Index('action_item_huddle_idx', ['huddleId'])
export class ActionItemEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @Column({ name: 'cohort_id', type: 'uuid' })
  cohortId: string;

  @ManyToOne(() => CohortEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_id' })
  cohort?: CohortEntity;

  @Column({ name: 'huddle_id', type: 'uuid' })
  huddleId: string;

  @ManyToOne(() => HuddleEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'huddle_id' })
  huddle?: HuddleEntity;

  @Column({ name: 'agenda_item_id', type: 'uuid', nullable: true })
  agendaItemId: string | null;

  @ManyToOne(() => AgendaItemEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'agenda_item_id' })
  agendaItem?: AgendaItemEntity | null;

  @Column({ name: 'owner_id', type: 'uuid' })
  ownerId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'owner_id' })
  owner?: UserEntity;

  @Column({ type: 'varchar', length: 500 })
  text: string;

  @Column({ name: 'due_on', type: 'date', nullable: true })
  dueOn: string | null;

  @Column({ name: 'done_at', type: 'timestamptz', nullable: true })
  doneAt: Date | null;

  /** Set when a facilitator turned it into the next prompt. */
  @Column({ name: 'prompt_id', type: 'uuid', nullable: true })
  promptId: string | null;

  @ManyToOne(() => PromptEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'prompt_id' })
  prompt?: PromptEntity | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
