import { Injectable, Logger } from '@nestjs/common';
import type { Actor } from '../../common/auth/actor';
import { AppError } from '../../common/errors/app-error';
import { FileStorage } from '../../common/storage/storage';
import { AuditAction, AuditSubjectType } from '../audit/audit-action';
import { AuditService } from '../audit/audit.service';
import { PasswordHasher } from '../auth/password-hasher';
import { SessionService } from '../auth/session.service';
import { AccountRepository } from './account.repository';
import { DeletedAccountContent } from './data-policy.entity';
import type { DeleteAccountInput } from './dto/delete-account.input';

/** Accounts created by single sign-on have no password of their own. */
const hasPassword = (hash: string) => !hash.startsWith('!');

/**
 * A person deletes their own account. Their published work stays for the cohorts that built on it,
 * attributed to "Former member" (as after a removal), or is deleted where the organisation's data
 * policy says so, with an audit event in each organisation;
 * everything that was theirs alone ends: drafts, sessions and open sockets, notifications,
 * unsent email, calendar and sign-in links, picture.
 */
@Injectable()
export class AccountDeletionService {
  private readonly logger = new Logger(AccountDeletionService.name);

  constructor(
    private readonly accounts: AccountRepository,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
    private readonly storage: FileStorage,
  ) {}

  async deleteAccount(actor: Actor, input: DeleteAccountInput): Promise<void> {
    const user = actor.user;
    const passwordHash = await this.accounts.passwordHashOf(user.id);
    if (input.confirmEmail.toLowerCase() !== user.email.toLowerCase()) {
      throw AppError.badInput({ confirmEmail: 'This is not the email address of your account.' });
    }
    if (hasPassword(passwordHash)) {
      if (!input.password) throw AppError.badInput({ password: 'Enter your password to delete your account.' });
      if (!(await this.hasher.verify(passwordHash, input.password))) {
        throw AppError.badInput({ password: 'This password is incorrect.' });
      }
    }
    const sole = await this.accounts.soleOwnerships(user.id);
    if (sole.length) {
      throw AppError.conflict(
        `You are the only owner of ${sole.map((o) => o.name).join(', ')}. Make someone else an owner first.`,
      );
    }
    await this.accounts.transaction(async (em) => {
      for (const { organizationId, deletedAccountContent } of await this.accounts.organizationsOf(user.id, em)) {
        const deleteWork = deletedAccountContent === DeletedAccountContent.DELETE;
        if (deleteWork) await this.accounts.deleteWorkIn(organizationId, user.id, em);
        await this.audit.record(
          AuditAction.ACCOUNT_DELETED,
          { organizationId, userId: user.id },
          { type: AuditSubjectType.USER, id: user.id, userId: user.id, details: { workDeleted: deleteWork } },
          em,
        );
      }
      await this.accounts.endPersonalRows(user.id, user.email, em);
      await this.accounts.anonymizeUser(user.id, em);
    });
    await this.sessions.revokeAllOf(user.id);
    const avatar = user.avatarUrl?.match(/^\/api\/avatars\/([0-9a-f-]{36})\/([0-9a-f-]{36})\.webp$/);
    if (avatar) {
      await this.storage.delete(`avatars/${avatar[1]}/${avatar[2]}`).catch((error: unknown) => {
        this.logger.warn(`could not delete a picture file: ${String(error)}`);
      });
    }
  }
}
