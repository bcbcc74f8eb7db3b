import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** The instance's RS256 key pair that signs deep-linking responses and client assertions. */
@Entity('lti_tool_key')
export class LtiToolKeyEntity {
  /** The key id (`kid`) published in /lti/jwks. */
  @PrimaryColumn({ type: 'varchar', length: 64 })
  kid: string;

  /** The private JWK, AES-256-GCM sealed with the SSO secret key (sso-secret-box.ts). */
  @Column({ name: 'private_jwk_sealed', type: 'text' })
  privateJwkSealed: string;

  @Column({ name: 'public_jwk', type: 'jsonb' })
  publicJwk: Record<string, unknown>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
