import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CohortEntity } from '../cohort/cohort.entity';
import { OrganizationEntity } from '../organization/organization.entity';
import { PromptEntity } from '../prompt/prompt.entity';
import { LtiPlatformEntity } from './lti-platform.entity';

/** A placement of OpenHuddle in a course (the platform's resource link) and the cohort or prompt it opens. */
@Entity('lti_resource_link')
@Index('lti_resource_link_platform_link_key', ['platformId', 'resourceLinkId'], { unique: true })
@Index('lti_resource_link_org_cohort_idx', ['organizationId', 'cohortId'])
@Index('lti_resource_link_cohort_idx', ['cohortId'])
@Index('lti_resource_link_prompt_idx', ['promptId'])
export class LtiResourceLinkEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @Column({ name: 'platform_id', type: 'uuid' })
  platformId: string;

  @ManyToOne(() => LtiPlatformEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'platform_id' })
  platform?: LtiPlatformEntity;

  @Column({ name: 'resource_link_id', type: 'varchar', length: 255 })
  resourceLinkId: string;

  @Column({ name: 'deployment_id', type: 'varchar', length: 255 })
  deploymentId: string;

  @Column({ name: 'context_id', type: 'varchar', length: 255, nullable: true })
  contextId: string | null;

  @Column({ name: 'cohort_id', type: 'uuid' })
  cohortId: string;

  @ManyToOne(() => CohortEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_id' })
  cohort?: CohortEntity;

  @Column({ name: 'prompt_id', type: 'uuid', nullable: true })
  promptId: string | null;

  @ManyToOne(() => PromptEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'prompt_id' })
  prompt?: PromptEntity | null;

  /** The Names and Role Provisioning Services endpoint of the course, from the last launch. */
  @Column({ name: 'memberships_url', type: 'varchar', length: 2048, nullable: true })
  membershipsUrl: string | null;

  /**
   * The gradebook column (AGS line item) of a placed prompt, from the last launch — only when the
   * platform granted the score scope, so completion scores have somewhere to go.
   */
  @Column({ name: 'line_item_url', type: 'varchar', length: 2048, nullable: true })
  lineItemUrl: string | null;

  /** When the course roster last synced into the cohort (a launch or "Sync roster"). */
  @Column({ name: 'roster_synced_at', type: 'timestamptz', nullable: true })
  rosterSyncedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
