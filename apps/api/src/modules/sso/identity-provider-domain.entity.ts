import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { OrganizationEntity } from '../organization/organization.entity';
import { IdentityProviderEntity } from './identity-provider.entity';

/**
 * An email domain that routes sign-in to one provider. The domain is the key, so one domain
 * belongs to one organisation on the whole instance: a second organisation cannot claim it.
 */
@Entity('identity_provider_domain')
@Index('identity_provider_domain_org_provider_idx', ['organizationId', 'providerId'])
@Index('identity_provider_domain_provider_idx', ['providerId'])
export class IdentityProviderDomainEntity {
  /** Lower-cased, e.g. `riverside.example`. */
  @PrimaryColumn({ type: 'varchar', length: 253 })
  domain: string;

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
}
