import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrganizationEntity } from '../organization/organization.entity';
import { ObservationEntity } from './observation.entity';

/** One practice an observation rated, at a level of the framework version it used. */
@Entity('observation_rating')
@Index('observation_rating_observation_practice_key', ['observationId', 'practiceKey'], { unique: true })
@Index('observation_rating_org_practice_idx', ['organizationId', 'practiceKey'])
export class ObservationRatingEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @Column({ name: 'observation_id', type: 'uuid' })
  observationId: string;

  @ManyToOne(() => ObservationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'observation_id' })
  observation?: ObservationEntity;

  /** The practice's key, which stays the same across framework versions. */
  @Column({ name: 'practice_key', type: 'varchar', length: 64 })
  practiceKey: string;

  @Column({ type: 'integer' })
  level: number;
}
