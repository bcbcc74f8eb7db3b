import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { LOGIN_RATE_LIMIT, PASSWORD_RESET_TTL_MINUTES, routes } from '@openhuddle/shared';
import { DataSource, MoreThan, Repository } from 'typeorm';
import type { RequestContext, Viewer } from '../../common/auth/request-context';
import { hashToken, newToken } from '../../common/auth/tokens';
import { AppError } from '../../common/errors/app-error';
import { Mailer } from '../../common/mail/mailer';
import { isUniqueViolation } from '../../common/database/postgres-errors';
import { AppConfig } from '../../config/app-config';
import { UserEntity } from '../user/user.entity';
import type { ChangePasswordInput, ResetPasswordInput, SignInInput, SignUpInput } from './dto/auth.inputs';
import { LoginAttemptEntity } from './login-attempt.entity';
import { PasswordHasher } from './password-hasher';
import { PasswordResetEntity } from './password-reset.entity';
import { SessionService } from './session.service';

@Injectable()
export class AuthService {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @InjectRepository(LoginAttemptEntity) private readonly attempts: Repository<LoginAttemptEntity>,
    @InjectRepository(PasswordResetEntity) private readonly resets: Repository<PasswordResetEntity>,
    private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionService,
    private readonly config: AppConfig,
    private readonly mailer: Mailer,
  ) {}

  async signUp(input: SignUpInput, ctx: RequestContext): Promise<UserEntity> {
    const passwordHash = await this.hasher.hash(input.password);
    let user: UserEntity;
    try {
      user = await this.users.save(
        this.users.create({ email: input.email, displayName: input.displayName, passwordHash }),
      );
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw AppError.conflict('An account with this email already exists. Sign in instead.', {
          email: 'This email already has an account.',
        });
      }
      throw error;
    }
    await this.sessions.start(user.id, ctx, ctx.res);
    return user;
  }

  async signIn(input: SignInInput, ctx: RequestContext): Promise<UserEntity> {
    await this.assertNotRateLimited(input.email, ctx.ip);
    const user = await this.users.findOne({ where: { email: input.email } });
    // Verify a dummy hash for unknown emails too, so timing does not reveal which accounts exist.
    const ok = await this.hasher.verify(user?.passwordHash ?? DUMMY_HASH, input.password);
    if (!user || !ok) {
      await this.attempts.insert({ email: input.email, ip: ctx.ip.slice(0, 64) });
      const message = 'Email or password is incorrect.';
      throw AppError.badInput({ password: message }, message);
    }
    await this.attempts.delete({ email: input.email });
    await this.sessions.start(user.id, ctx, ctx.res);
    return user;
  }

  async signOut(viewer: Viewer, ctx: RequestContext): Promise<void> {
    await this.sessions.revoke(viewer.sessionId, ctx.res);
  }

  async changePassword(viewer: Viewer, input: ChangePasswordInput): Promise<void> {
    const ok = await this.hasher.verify(viewer.user.passwordHash, input.currentPassword);
    if (!ok) throw AppError.badInput({ currentPassword: 'This is not your current password.' });
    await this.users.update(viewer.user.id, { passwordHash: await this.hasher.hash(input.newPassword) });
    // Other devices must sign in again with the new password.
    await this.sessions.revokeAllOf(viewer.user.id, viewer.sessionId);
  }

  /** Always succeeds, so the answer does not reveal whether an account exists. */
  async requestPasswordReset(email: string): Promise<void> {
    const user = await this.users.findOne({ where: { email } });
    if (!user) return;
    const token = newToken();
    await this.resets.insert({
      userId: user.id,
      tokenHash: hashToken(token),
      expiresAt: new Date(Date.now() + PASSWORD_RESET_TTL_MINUTES * 60_000),
    });
    const link = `${this.config.publicUrl}${routes.resetPassword(token)}`;
    await this.mailer.send({
      to: user.email,
      subject: 'Reset your OpenHuddle password',
      text: `Someone asked to reset the password of your OpenHuddle account. If it was you, open this link within ${PASSWORD_RESET_TTL_MINUTES} minutes: ${link}`,
      link,
    });
  }

  async resetPassword(input: ResetPasswordInput, ctx: RequestContext): Promise<UserEntity> {
    const passwordHash = await this.hasher.hash(input.newPassword);
    const user = await this.dataSource.transaction(async (em) => {
      const reset = await em.findOne(PasswordResetEntity, {
        where: { tokenHash: hashToken(input.token) },
        lock: { mode: 'pessimistic_write' },
      });
      if (!reset || reset.usedAt || reset.expiresAt < new Date()) {
        throw AppError.badInput({ token: 'This reset link has expired or was already used. Ask for a new one.' });
      }
      await em.update(PasswordResetEntity, reset.id, { usedAt: new Date() });
      await em.update(UserEntity, reset.userId, { passwordHash });
      return em.findOneByOrFail(UserEntity, { id: reset.userId });
    });
    await this.sessions.revokeAllOf(user.id);
    await this.sessions.start(user.id, ctx, ctx.res);
    return user;
  }

  private async assertNotRateLimited(email: string, ip: string): Promise<void> {
    const since = new Date(Date.now() - LOGIN_RATE_LIMIT.windowMinutes * 60_000);
    const [perAccount, perAddress] = await Promise.all([
      this.attempts.count({ where: { email, createdAt: MoreThan(since) } }),
      this.attempts.count({ where: { ip, createdAt: MoreThan(since) } }),
    ]);
    if (perAccount >= LOGIN_RATE_LIMIT.perAccount || perAddress >= LOGIN_RATE_LIMIT.perAddress) {
      throw AppError.rateLimited(
        `Too many failed sign-in attempts. Wait ${LOGIN_RATE_LIMIT.windowMinutes} minutes or reset your password.`,
      );
    }
  }
}

// argon2id hash of a random string; never matches a real password.
const DUMMY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$tVUsPm8WbOOLs9ZpHbrnKA$FHaVsdrXrFqLeqZhvEJ3CqciMrNJG4+R1+d1tlAJoxk';
