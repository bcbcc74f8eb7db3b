import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrganizationEntity } from '../organization/organization.entity';
import { UserEntity } from '../user/user.entity';
import { IdentityProviderEntity } from './identity-provider.entity';

/** A person's account at a provider (its `sub`), linked to their OpenHuddle account. */
@Entity('sso_identity')
@Index('sso_identity_org_provider_subject_key', ['organizationId', 'providerId', 'subject'], { unique: true })
@Index('sso_identity_provider_idx', ['providerId'])
@Index('sso_identity_user_idx', ['userId'])
export class SsoIdentityEntity {
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

  @Column({ type: 'varchar', length: 255 })
  subject: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
