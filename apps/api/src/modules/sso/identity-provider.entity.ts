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

/** An OIDC identity provider an organisation signs its people in with (Google Workspace, Entra ID…). */
@Entity('identity_provider')
@Index('identity_provider_org_created_idx', ['organizationId', 'createdAt'])
export class IdentityProviderEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  /** What the button says: "Sign in with <displayName>". */
  @Column({ name: 'display_name', type: 'varchar', length: 60 })
  displayName: string;

  @Column({ name: 'issuer_url', type: 'varchar', length: 2048 })
  issuerUrl: string;

  @Column({ name: 'client_id', type: 'varchar', length: 255 })
  clientId: string;

  /** AES-256-GCM sealed (sso-secret-box.ts); never leaves the server. */
  @Column({ name: 'client_secret_sealed', type: 'text' })
  clientSecretSealed: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
