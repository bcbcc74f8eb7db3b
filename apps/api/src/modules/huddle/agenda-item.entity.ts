import { AgendaItemKind } from '@openhuddle/shared';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrganizationEntity } from '../organization/organization.entity';
import { HuddleEntity } from './huddle.entity';
import { ContributionEntity } from '../contribution/contribution.entity';

@Entity('agenda_item')
@Index('agenda_item_huddle_idx', ['huddleId'])
@Index('agenda_item_contribution_idx', ['contributionId'])
@Index('agenda_item_org_huddle_idx', ['organizationId', 'huddleId', 'position'])
export class AgendaItemEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

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

  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'enum', enum: AgendaItemKind, enumName: 'agenda_item_kind' })
  kind: AgendaItemKind;

  /** The contribution it is about (spotlight, needs-discussion, question). */
  @Column({ name: 'contribution_id', type: 'uuid', nullable: true })
  contributionId: string | null;

  @ManyToOne(() => ContributionEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'contribution_id' })
  contribution?: ContributionEntity | null;

  @Column({ name: 'time_box_minutes', type: 'int', nullable: true })
  timeBoxMinutes: number | null;
}
