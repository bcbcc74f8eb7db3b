import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { OrganizationEntity } from '../organization/organization.entity';

/** How an organisation's people sign in. No row: the defaults (password allowed, domains auto-join). */
@Entity('organization_sign_in_settings')
export class SignInSettingsEntity {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @OneToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  /** Members (all but owners) sign in through the organisation's provider: password sign-in and resets are refused. */
  @Column({ name: 'require_sso', type: 'boolean', default: false })
  requireSso: boolean;

  /** Only invitations bring people in: the provider's domains do not make new members. */
  @Column({ name: 'invite_only', type: 'boolean', default: false })
  inviteOnly: boolean;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
