import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { UserEntity } from '../user/user.entity';
import { OrganizationEntity } from '../organization/organization.entity';
import { HuddleEntity } from './huddle.entity';
import { AgendaItemEntity } from './agenda-item.entity';

/**
 * Shared notes on an agenda item, one block per participant: each person types into their own
 * block, so two people typing at once can never overwrite each other's text.
 */
@Entity('huddle_note')
@Index('huddle_note_huddle_idx', ['huddleId'])
@Index('huddle_note_author_idx', ['authorId'])
@Index('huddle_note_org_item_idx', ['organizationId', 'agendaItemId'])
export class HuddleNoteEntity {
  @PrimaryColumn({ name: 'agenda_item_id', type: 'uuid' })
  agendaItemId: string;

  @ManyToOne(() => AgendaItemEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'agenda_item_id' })
  agendaItem?: AgendaItemEntity;

  @PrimaryColumn({ name: 'author_id', type: 'uuid' })
  authorId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'author_id' })
  author?: UserEntity;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @Column({ name: 'huddle_id', type: 'uuid' })
  huddleId: string;

  @ManyToOne(() => HuddleEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'huddle_id' })
  huddle?: HuddleEntity;

  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'int', default: 1 })
  version: number;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
