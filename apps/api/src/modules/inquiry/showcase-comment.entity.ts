import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrganizationEntity } from '../organization/organization.entity';
import { UserEntity } from '../user/user.entity';
import { InquiryCycleEntity } from './inquiry-cycle.entity';

/** One answer to a section of the showcase's protocol; the label is kept so it reads the same later. */
export interface ShowcaseAnswer {
  sectionKey: string;
  label: string;
  text: string;
}

/** A member's comment on a showcase, answered section by section with the cycle's feedback protocol. */
@Entity('showcase_comment')
@Index('showcase_comment_cycle_idx', ['cycleId', 'createdAt'])
@Index('showcase_comment_author_idx', ['authorId'])
@Index('showcase_comment_org_idx', ['organizationId'])
export class ShowcaseCommentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @Column({ name: 'cycle_id', type: 'uuid' })
  cycleId: string;

  @ManyToOne(() => InquiryCycleEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cycle_id' })
  cycle?: InquiryCycleEntity;

  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'author_id' })
  author?: UserEntity | null;

  @Column({ type: 'jsonb' })
  answers: ShowcaseAnswer[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
