import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrganizationEntity } from '../organization/organization.entity';
import { IdentityProviderEntity } from './identity-provider.entity';

/**
 * One sign-in in flight, between the start redirect and the provider's callback: the PKCE
 * verifier and nonce stay on the server, the state travels, and the browser that started holds
 * a cookie whose hash must match (a callback link sent to someone else signs nobody in).
 */
@Entity('sso_sign_in')
@Index('sso_sign_in_org_provider_idx', ['organizationId', 'providerId'])
@Index('sso_sign_in_provider_idx', ['providerId'])
export class SsoSignInEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @Column({ name: 'provider_id', type: 'uuid' })
  providerId: string;

  @ManyToOne(() => IdentityProviderEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'provider_id' })
  provider?: IdentityProviderEntity;

  @Column({ name: 'state_hash', type: 'char', length: 64, unique: true })
  stateHash: string;

  @Column({ name: 'browser_hash', type: 'char', length: 64 })
  browserHash: string;

  @Column({ type: 'varchar', length: 128 })
  nonce: string;

  @Column({ name: 'code_verifier', type: 'varchar', length: 128 })
  codeVerifier: string;

  /** A same-site path to open once signed in. */
  @Column({ name: 'next_path', type: 'varchar', length: 500, nullable: true })
  nextPath: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt: Date | null;
}
