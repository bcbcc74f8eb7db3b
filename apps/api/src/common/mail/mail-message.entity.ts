import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

/** Why a message was sent: account messages carry secrets (reset, verification links). */
export enum MailCategory {
  ACCOUNT = 'ACCOUNT',
  INVITATION = 'INVITATION',
  NOTIFICATION = 'NOTIFICATION',
  HUDDLE = 'HUDDLE',
  DIGEST = 'DIGEST',
}

export enum MailStatus {
  /** Waiting for (another attempt at) SMTP delivery. */
  QUEUED = 'QUEUED',
  SENT = 'SENT',
  /** Gave up after the last retry; `lastError` says why. */
  FAILED = 'FAILED',
  /** No SMTP server is configured: the message stays here, readable in the in-app outbox. */
  OUTBOX = 'OUTBOX',
}

export interface StoredAttachment {
  filename: string;
  contentType: string;
  content: string;
}

/**
 * The outbox: every message is stored before it is delivered, so a message asked for in a
 * transaction is not lost when SMTP is down (it is retried), and admins can see what went out.
 * Once SMTP accepts a message its bodies are cleared: they may hold one-time links.
 */
@Entity('mail_message')
@Index('mail_message_org_created_idx', ['organizationId', 'createdAt', 'id'])
// The delivery sweep: queued messages whose next attempt is due.
@Index('mail_message_due_idx', ['nextAttemptAt'], { where: `status = 'QUEUED'` })
@Index('mail_message_to_created_idx', ['toAddress', 'createdAt'])
export class MailMessageEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The organisation the message speaks for; null for account messages. */
  @Column({ name: 'organization_id', type: 'uuid', nullable: true })
  organizationId: string | null;

  // Named by string: common/ knows no feature module, the foreign key still holds.
  @ManyToOne('OrganizationEntity', { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'organization_id' })
  organization?: unknown;

  @Column({ type: 'enum', enum: MailCategory, enumName: 'mail_category' })
  category: MailCategory;

  @Column({ name: 'to_address', type: 'varchar', length: 254 })
  toAddress: string;

  @Column({ type: 'varchar', length: 300 })
  subject: string;

  @Column({ type: 'text', nullable: true })
  text: string | null;

  @Column({ type: 'text', nullable: true })
  html: string | null;

  @Column({ type: 'jsonb' })
  headers: Record<string, string>;

  @Column({ type: 'jsonb' })
  attachments: StoredAttachment[];

  @Column({ type: 'enum', enum: MailStatus, enumName: 'mail_status' })
  status: MailStatus;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  /** When a QUEUED message is next tried (now, or later after a failed attempt). */
  @Column({ name: 'next_attempt_at', type: 'timestamptz', default: () => 'now()' })
  nextAttemptAt: Date;

  @Column({ name: 'last_error', type: 'varchar', length: 500, nullable: true })
  lastError: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;
}
