import { AgendaItemKind } from '@openhuddle/shared';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

@Entity('agenda_item')
@Index('agenda_item_org_huddle_idx', ['organizationId', 'huddleId', 'position'])
export class AgendaItemEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ name: 'huddle_id', type: 'uuid' })
  huddleId: string;

  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'enum', enum: AgendaItemKind, enumName: 'agenda_item_kind' })
  kind: AgendaItemKind;

  /** The contribution it is about (spotlight, needs-discussion, question). */
  @Column({ name: 'contribution_id', type: 'uuid', nullable: true })
  contributionId: string | null;

  @Column({ name: 'time_box_minutes', type: 'int', nullable: true })
  timeBoxMinutes: number | null;
}
