import { Column, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * Shared notes on an agenda item, one block per participant: each person types into their own
 * block, so two people typing at once can never overwrite each other's text.
 */
@Entity('huddle_note')
@Index('huddle_note_org_item_idx', ['organizationId', 'agendaItemId'])
export class HuddleNoteEntity {
  @PrimaryColumn({ name: 'agenda_item_id', type: 'uuid' })
  agendaItemId: string;

  @PrimaryColumn({ name: 'author_id', type: 'uuid' })
  authorId: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ name: 'huddle_id', type: 'uuid' })
  huddleId: string;

  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'int', default: 1 })
  version: number;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
