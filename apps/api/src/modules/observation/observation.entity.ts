import { ObservationKind } from '@openhuddle/shared';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { FrameworkVersionEntity } from '../framework/framework-version.entity';
import { FrameworkEntity } from '../framework/framework.entity';
import { OrganizationEntity } from '../organization/organization.entity';
import { UserEntity } from '../user/user.entity';

/**
 * An observation of practice: a facilitator or a peer saw a colleague teach (a walkthrough, a
 * peer visit) and rated some practices of a framework version, with a note. Only the observer and
 * the person observed read it; everyone else sees thresholded aggregates only.
 */
@Entity('observation')
@Index('observation_org_observed_created_idx', ['organizationId', 'observedId', 'createdAt'])
@Index('observation_org_observer_created_idx', ['organizationId', 'observerId', 'createdAt'])
@Index('observation_framework_observed_on_idx', ['frameworkId', 'observedOn'])
@Index('observation_version_idx', ['frameworkVersionId'])
@Index('observation_observed_idx', ['observedId'])
@Index('observation_observer_idx', ['observerId'])
export class ObservationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @Column({ name: 'framework_id', type: 'uuid' })
  frameworkId: string;

  @ManyToOne(() => FrameworkEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'framework_id' })
  framework?: FrameworkEntity;

  /** The version whose practices and descriptors the observation used; later edits do not change it. */
  @Column({ name: 'framework_version_id', type: 'uuid' })
  frameworkVersionId: string;

  @ManyToOne(() => FrameworkVersionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'framework_version_id' })
  frameworkVersion?: FrameworkVersionEntity;

  @Column({ name: 'observed_id', type: 'uuid' })
  observedId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'observed_id' })
  observed?: UserEntity;

  /** Null once the observer's account is gone: the person observed keeps the observation. */
  @Column({ name: 'observer_id', type: 'uuid', nullable: true })
  observerId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'observer_id' })
  observer?: UserEntity;

  @Column({ type: 'enum', enum: ObservationKind, enumName: 'observation_kind' })
  kind: ObservationKind;

  /** The day of the visit (a calendar date, as the observer entered it). */
  @Column({ name: 'observed_on', type: 'date' })
  observedOn: string;

  @Column({ type: 'text', default: '' })
  note: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
