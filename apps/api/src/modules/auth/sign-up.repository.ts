import { Injectable } from '@nestjs/common';
import { DataSource, IsNull, MoreThan } from 'typeorm';
import { InvitationEntity } from '../organization/invitation.entity';
import { isUniqueViolation } from '../../common/database/postgres-errors';
import { UserEntity } from '../user/user.entity';
import { SignUpRequestEntity } from './sign-up-request.entity';

export type NewSignUpRequest = Pick<
  SignUpRequestEntity,
  'email' | 'displayName' | 'timeZone' | 'passwordHash' | 'tokenHash' | 'expiresAt'
>;

/** Sign-up's access to the database. */
@Injectable()
export class SignUpRepository {
  constructor(private readonly dataSource: DataSource) {}

  userByEmail(email: string): Promise<UserEntity | null> {
    return this.dataSource.getRepository(UserEntity).findOneBy({ email });
  }

  /** Does any organisation hold an unused, unexpired invitation for this address? */
  hasPendingInvitation(email: string, now: Date): Promise<boolean> {
    return this.dataSource
      .getRepository(InvitationEntity)
      .existsBy({ email, acceptedAt: IsNull(), revokedAt: IsNull(), expiresAt: MoreThan(now) });
  }

  async saveRequest(request: NewSignUpRequest): Promise<void> {
    await this.dataSource.getRepository(SignUpRequestEntity).insert(request);
  }

  /**
   * Uses the request whose token hashes to `tokenHash` and creates its account, in one
   * transaction: 'invalid' when there is no such unused, unexpired request, 'taken' when the
   * address got an account meanwhile (another confirmed request, an invitation's sign-up).
   */
  confirm(tokenHash: string, now: Date): Promise<UserEntity | 'invalid' | 'taken'> {
    return this.dataSource.transaction(async (em) => {
      const request = await em.findOne(SignUpRequestEntity, {
        where: { tokenHash },
        lock: { mode: 'pessimistic_write' },
      });
      if (!request || request.usedAt || request.expiresAt <= now) return 'invalid';
      await em.update(SignUpRequestEntity, { email: request.email }, { usedAt: now });
      try {
        return await em.save(
          em.create(UserEntity, {
            email: request.email,
            displayName: request.displayName,
            passwordHash: request.passwordHash,
            ...(request.timeZone ? { timeZone: request.timeZone } : {}),
          }),
        );
      } catch (error) {
        if (isUniqueViolation(error)) return 'taken';
        throw error;
      }
    });
  }
}
