import { Injectable } from '@nestjs/common';
import { SIGN_UP_CONFIRMATION_TTL_HOURS, routes } from '@openhuddle/shared';
import { createElement } from 'react';
import type { RequestContext } from '../../common/auth/request-context';
import { hashToken, newToken } from '../../common/auth/tokens';
import { AppError } from '../../common/errors/app-error';
import { renderEmail } from '../../common/mail/email-layout';
import { MailCategory, Mailer } from '../../common/mail/mailer';
import { clientAddressKey } from '../../common/rate-limit/client-address';
import { RATE_LIMITS } from '../../common/rate-limit/rate-limit.rules';
import { RateLimiter } from '../../common/rate-limit/rate-limiter';
import { AppConfig } from '../../config/app-config';
import type { UserEntity } from '../user/user.entity';
import type { ConfirmSignUpInput, SignUpInput } from './dto/auth.inputs';
import { AccountExistsEmail, InvitationNeededEmail, UseSsoEmail, VerifyEmailEmail } from './emails/account-emails';
import { PasswordHasher } from './password-hasher';
import { SessionService } from './session.service';
import { SignUpRepository } from './sign-up.repository';
import { SignInRules, ssoRequiredMessage } from './sign-in-rules';

/**
 * Sign-up proves the address before an account exists: the answer is the same whether or not
 * the address has an account (so sign-up cannot be used to find out who is on OpenHuddle), and
 * what differs goes to the address itself — a confirmation link, or "you already have one".
 */
@Injectable()
export class SignUpService {
  constructor(
    private readonly repository: SignUpRepository,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionService,
    private readonly mailer: Mailer,
    private readonly limiter: RateLimiter,
    private readonly config: AppConfig,
    private readonly rules: SignInRules,
  ) {}

  async signUp(input: SignUpInput, ctx: RequestContext): Promise<void> {
    await this.limiter.consume({ rule: RATE_LIMITS.signUpPerAddress, subject: clientAddressKey(ctx.ip) });
    // Hashed either way, so the time taken does not tell an existing address from a new one.
    const passwordHash = await this.hasher.hash(input.password);
    const existing = await this.repository.userByEmail(input.email);
    if (existing) {
      await this.mailer.send({
        to: existing.email,
        subject: 'You already have an OpenHuddle account',
        ...(await renderEmail(
          createElement(AccountExistsEmail, {
            signInUrl: `${this.config.publicUrl}${routes.signIn(input.next)}`,
            resetUrl: `${this.config.publicUrl}${routes.forgotPassword()}`,
          }),
        )),
        category: MailCategory.ACCOUNT,
      });
      return;
    }
    // Refusals go to the address too, so the answer still says nothing about who is invited.
    if (await this.refusedByInstanceOrOrganization(input.email, input.next)) return;
    const token = newToken();
    await this.repository.saveRequest({
      email: input.email,
      displayName: input.displayName,
      timeZone: input.timeZone ?? null,
      passwordHash,
      tokenHash: hashToken(token),
      expiresAt: new Date(Date.now() + SIGN_UP_CONFIRMATION_TTL_HOURS * 3_600_000),
    });
    const link = `${this.config.publicUrl}${routes.verifyEmail(token, input.next)}`;
    await this.mailer.send({
      to: input.email,
      subject: 'Confirm your email for OpenHuddle',
      ...(await renderEmail(
        createElement(VerifyEmailEmail, {
          displayName: input.displayName,
          link,
          hours: SIGN_UP_CONFIRMATION_TTL_HOURS,
        }),
      )),
      category: MailCategory.ACCOUNT,
    });
  }

  /**
   * An instance open to invitations only, or an organisation that signs this domain in through
   * its provider: the address hears why and where to go instead; true when refused.
   */
  private async refusedByInstanceOrOrganization(email: string, next?: string): Promise<boolean> {
    const signInUrl = `${this.config.publicUrl}${routes.signIn(next)}`;
    const sso = await this.rules.ssoRequiredForEmail(email);
    if (sso) {
      await this.mailer.send({
        to: email,
        subject: 'Sign in to OpenHuddle with your organisation',
        ...(await renderEmail(createElement(UseSsoEmail, { signInUrl, message: ssoRequiredMessage(sso) }))),
        category: MailCategory.ACCOUNT,
      });
      return true;
    }
    if (this.config.signUp === 'invite-only' && !(await this.repository.hasPendingInvitation(email, new Date()))) {
      await this.mailer.send({
        to: email,
        subject: 'OpenHuddle accounts here come with an invitation',
        ...(await renderEmail(createElement(InvitationNeededEmail, { signInUrl }))),
        category: MailCategory.ACCOUNT,
      });
      return true;
    }
    return false;
  }

  /** Opens the confirmation link: creates the account and signs in. */
  async confirm(input: ConfirmSignUpInput, ctx: RequestContext): Promise<UserEntity> {
    await this.limiter.consume({ rule: RATE_LIMITS.signUpConfirmPerAddress, subject: clientAddressKey(ctx.ip) });
    const result = await this.repository.confirm(hashToken(input.token), new Date());
    if (result === 'invalid') {
      throw AppError.badInput({ token: 'This link has expired or was already used. Sign up again to get a new one.' });
    }
    if (result === 'taken') {
      throw AppError.conflict('This email already has an account. Sign in instead.', {
        token: 'This email already has an account.',
      });
    }
    await this.sessions.start(result.id, ctx, ctx.res);
    return result;
  }
}
