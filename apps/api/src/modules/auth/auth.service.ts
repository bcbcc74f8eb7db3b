import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { PASSWORD_RESET_TTL_MINUTES, routes } from '@openhuddle/shared';
import { DataSource, type EntityManager, IsNull, Repository } from 'typeorm';
import type { RequestContext, Viewer } from '../../common/auth/request-context';
import { hashToken, newToken } from '../../common/auth/tokens';
import { AppError, ErrorCode } from '../../common/errors/app-error';
import { createElement } from 'react';
import { renderEmail } from '../../common/mail/email-layout';
import { MailCategory, Mailer } from '../../common/mail/mailer';
import { PasswordResetEmail, UseSsoEmail } from './emails/account-emails';
import { clientAddressKey } from '../../common/rate-limit/client-address';
import { RATE_LIMITS } from '../../common/rate-limit/rate-limit.rules';
import { RateLimiter } from '../../common/rate-limit/rate-limiter';
import { AppConfig } from '../../config/app-config';
import { UserEntity } from '../user/user.entity';
import type { ChangePasswordInput, ResetPasswordInput, SignInInput } from './dto/auth.inputs';
import { PasswordHasher } from './password-hasher';
import { PasswordResetEntity } from './password-reset.entity';
import { SessionService } from './session.service';
import { SignInRules, ssoRequiredMessage } from './sign-in-rules';

@Injectable()
export class AuthService {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionService,
    private readonly config: AppConfig,
    private readonly mailer: Mailer,
    private readonly limiter: RateLimiter,
    private readonly rules: SignInRules,
  ) {}

  async signIn(input: SignInInput, ctx: RequestContext): Promise<UserEntity> {
    // Counted before the hash is checked, in one statement, so parallel guesses cannot outrun the limit.
    await this.limiter.consume(
      { rule: RATE_LIMITS.signInPerAccount, subject: input.email },
      { rule: RATE_LIMITS.signInPerAddress, subject: clientAddressKey(ctx.ip) },
    );
    const user = await this.users.findOne({ where: { email: input.email } });
    // Verify a dummy hash for unknown emails too, so timing does not reveal which accounts exist.
    const ok = await this.hasher.verify(user?.passwordHash ?? DUMMY_HASH, input.password);
    if (!user || !ok) {
      const message = 'Email or password is incorrect.';
      throw AppError.badInput({ password: message }, message);
    }
    await this.limiter.reset(RATE_LIMITS.signInPerAccount, input.email);
    await this.limiter.refund(RATE_LIMITS.signInPerAddress, clientAddressKey(ctx.ip));
    // Asked only after the password matched, so the refusal tells nothing to someone guessing.
    await this.refuseWhenSsoRequired(user.id);
    await this.sessions.start(user.id, ctx, ctx.res);
    return user;
  }

  async signOut(viewer: Viewer, ctx: RequestContext): Promise<void> {
    await this.sessions.revoke(viewer.sessionId, ctx.res);
  }

  async changePassword(viewer: Viewer<UserEntity>, input: ChangePasswordInput): Promise<void> {
    await this.limiter.consume({ rule: RATE_LIMITS.changePasswordPerUser, subject: viewer.user.id });
    const ok = await this.hasher.verify(viewer.user.passwordHash, input.currentPassword);
    if (!ok) throw AppError.badInput({ currentPassword: 'This is not your current password.' });
    await this.limiter.reset(RATE_LIMITS.changePasswordPerUser, viewer.user.id);
    const passwordHash = await this.hasher.hash(input.newPassword);
    await this.dataSource.transaction(async (em) => {
      await em.update(UserEntity, viewer.user.id, { passwordHash });
      // A reset link asked for before the change must not undo it.
      await this.invalidateResetLinks(em, viewer.user.id);
    });
    // Other devices must sign in again with the new password.
    await this.sessions.revokeAllOf(viewer.user.id, viewer.sessionId);
  }

  /** Always succeeds, so the answer does not reveal whether an account exists. */
  async requestPasswordReset(email: string, ctx: RequestContext): Promise<void> {
    // Limited per email whether or not the account exists, so the limit reveals nothing either.
    await this.limiter.consume(
      { rule: RATE_LIMITS.passwordResetPerAccount, subject: email },
      { rule: RATE_LIMITS.passwordResetPerAddress, subject: clientAddressKey(ctx.ip) },
    );
    const user = await this.users.findOne({ where: { email } });
    if (!user) return;
    const sso = await this.rules.ssoRequiredForUser(user.id);
    if (sso) {
      // No password to reset: the address hears where to sign in instead (the answer stays "true").
      await this.mailer.send({
        to: user.email,
        subject: 'Sign in to OpenHuddle with your organisation',
        ...(await renderEmail(
          createElement(UseSsoEmail, {
            signInUrl: `${this.config.publicUrl}${routes.signIn()}`,
            message: ssoRequiredMessage(sso),
          }),
        )),
        category: MailCategory.ACCOUNT,
      });
      return;
    }
    const token = newToken();
    await this.dataSource.transaction(async (em) => {
      // Only the newest link works: asking again makes earlier links useless.
      await this.invalidateResetLinks(em, user.id);
      await em.insert(PasswordResetEntity, {
        userId: user.id,
        tokenHash: hashToken(token),
        expiresAt: new Date(Date.now() + PASSWORD_RESET_TTL_MINUTES * 60_000),
      });
    });
    const link = `${this.config.publicUrl}${routes.resetPassword(token)}`;
    await this.mailer.send({
      to: user.email,
      subject: 'Reset your OpenHuddle password',
      ...(await renderEmail(createElement(PasswordResetEmail, { link, minutes: PASSWORD_RESET_TTL_MINUTES }))),
      category: MailCategory.ACCOUNT,
    });
  }

  async resetPassword(input: ResetPasswordInput, ctx: RequestContext): Promise<UserEntity> {
    await this.limiter.consume({ rule: RATE_LIMITS.resetRedeemPerAddress, subject: clientAddressKey(ctx.ip) });
    const passwordHash = await this.hasher.hash(input.newPassword);
    const user = await this.dataSource.transaction(async (em) => {
      const reset = await em.findOne(PasswordResetEntity, {
        where: { tokenHash: hashToken(input.token) },
        lock: { mode: 'pessimistic_write' },
      });
      if (!reset || reset.usedAt || reset.expiresAt < new Date()) {
        throw AppError.badInput({ token: 'This reset link has expired or was already used. Ask for a new one.' });
      }
      // A link sent before the organisation required SSO must not bring a password back.
      await this.refuseWhenSsoRequired(reset.userId);
      await em.update(PasswordResetEntity, reset.id, { usedAt: new Date() });
      await em.update(UserEntity, reset.userId, { passwordHash });
      await this.invalidateResetLinks(em, reset.userId);
      return em.findOneByOrFail(UserEntity, { id: reset.userId });
    });
    await this.sessions.revokeAllOf(user.id);
    await this.sessions.start(user.id, ctx, ctx.res);
    return user;
  }

  private async refuseWhenSsoRequired(userId: string): Promise<void> {
    const sso = await this.rules.ssoRequiredForUser(userId);
    if (sso) {
      const message = ssoRequiredMessage(sso);
      throw new AppError(ErrorCode.SSO_REQUIRED, message, { email: message });
    }
  }

  /** Marks every unused reset link of a user as used (a newer link or a new password supersedes them). */
  private async invalidateResetLinks(em: EntityManager, userId: string): Promise<void> {
    await em.update(PasswordResetEntity, { userId, usedAt: IsNull() }, { usedAt: new Date() });
  }
}

// argon2id hash of a random string; never matches a real password.
const DUMMY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$tVUsPm8WbOOLs9ZpHbrnKA$FHaVsdrXrFqLeqZhvEJ3CqciMrNJG4+R1+d1tlAJoxk';
