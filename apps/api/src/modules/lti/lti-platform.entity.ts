import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { OrganizationEntity } from '../organization/organization.entity';

/**
 * An LMS (Canvas, Moodle…) registered by an organisation admin as an LTI 1.3 platform. (issuer,
 * client_id) names one registration on the whole instance, so a launch belongs to exactly one
 * organisation.
 */
@Entity('lti_platform')
@Index('lti_platform_org_created_idx', ['organizationId', 'createdAt'])
@Index('lti_platform_issuer_client_key', ['issuer', 'clientId'], { unique: true })
export class LtiPlatformEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @Column({ type: 'varchar', length: 80 })
  name: string;

  @Column({ type: 'varchar', length: 2048 })
  issuer: string;

  @Column({ name: 'client_id', type: 'varchar', length: 255 })
  clientId: string;

  @Column({ name: 'deployment_ids', type: 'varchar', length: 255, array: true })
  deploymentIds: string[];

  @Column({ name: 'auth_login_url', type: 'varchar', length: 2048 })
  authLoginUrl: string;

  @Column({ name: 'auth_token_url', type: 'varchar', length: 2048 })
  authTokenUrl: string;

  @Column({ name: 'jwks_url', type: 'varchar', length: 2048 })
  jwksUrl: string;

  /** Launching people the organisation does not know yet become its members (else they are refused). */
  @Column({ name: 'create_members', type: 'boolean', default: true })
  createMembers: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
