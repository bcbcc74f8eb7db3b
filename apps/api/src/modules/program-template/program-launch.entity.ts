import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CohortEntity } from '../cohort/cohort.entity';
import { OrganizationEntity } from '../organization/organization.entity';
import { UserEntity } from '../user/user.entity';
import { ProgramTemplateVersionEntity } from './program-template-version.entity';

/**
 * A cohort launched from a template version, in the launch's organisation (which may be a client
 * of the template's). The version stays: editing the template later writes a new one.
 */
@Entity('program_launch')
@Index('program_launch_cohort_key', ['organizationId', 'cohortId'], { unique: true })
@Index('program_launch_cohort_idx', ['cohortId'])
@Index('program_launch_version_idx', ['templateVersionId'])
@Index('program_launch_launched_by_idx', ['launchedById'])
export class ProgramLaunchEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The organisation the cohort lives in. */
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

  /** RESTRICT: the version a cohort was launched from is never deleted from under it. */
  @Column({ name: 'template_version_id', type: 'uuid' })
  templateVersionId: string;

  @ManyToOne(() => ProgramTemplateVersionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'template_version_id' })
  templateVersion?: ProgramTemplateVersionEntity;

  @Column({ name: 'start_date', type: 'date' })
  startDate: string;

  @Column({ name: 'time_zone', type: 'varchar', length: 64 })
  timeZone: string;

  @Column({ name: 'skip_dates', type: 'date', array: true, default: () => `'{}'` })
  skipDates: string[];

  @Column({ name: 'launched_by_id', type: 'uuid' })
  launchedById: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'launched_by_id' })
  launchedBy?: UserEntity;

  @CreateDateColumn({ name: 'launched_at', type: 'timestamptz' })
  launchedAt: Date;
}
