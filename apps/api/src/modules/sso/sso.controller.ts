import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { routes } from '@openhuddle/shared';
import { parseCookie } from 'cookie';
import type { Request, Response } from 'express';
import { Public } from '../../common/auth/access.decorators';
import { AppConfig } from '../../config/app-config';
import { SessionService } from '../auth/session.service';
import { SsoRefused, SsoSignInService } from './sso-sign-in.service';
import { SsoRefusal } from './sso.policy';

/** Holds the browser's half of a sign-in in flight (its hash is on the server's row). */
const START_COOKIE = 'oh_sso';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// Same-site paths only, as everywhere a `next` is taken: never `//host` or `/\host`.
const SAME_SITE_PATH = /^\/(?![/\\])[^\s]{0,499}$/;

/**
 * Full-page navigations of the OIDC sign-in: start (redirect to the provider) and callback (a
 * session cookie, as a password sign-in gives, then the page asked for). Refusals land on the
 * web app's refusal page, which explains the reason in words.
 */
@Controller('api/sso')
export class SsoController {
  constructor(
    private readonly signIns: SsoSignInService,
    private readonly sessions: SessionService,
    private readonly config: AppConfig,
  ) {}

  // Anyone may start: the provider authenticates, the callback decides.
  @Public()
  @Get(':providerId/start')
  async start(@Param('providerId') providerId: string, @Query('next') next: unknown, @Res() res: Response) {
    if (!UUID.test(providerId)) return this.refuse(res, SsoRefusal.PROVIDER_ERROR);
    const nextPath = typeof next === 'string' && SAME_SITE_PATH.test(next) ? next : null;
    try {
      const { url, browserToken } = await this.signIns.start(providerId, nextPath);
      res.cookie(START_COOKIE, browserToken, {
        httpOnly: true,
        // Lax: sent on the provider's top-level redirect back to us.
        sameSite: 'lax',
        secure: this.config.secureCookies,
        path: '/api/sso',
        maxAge: 10 * 60_000,
      });
      res.redirect(302, url.href);
    } catch (error) {
      if (error instanceof SsoRefused) return this.refuse(res, error.reason);
      throw error;
    }
  }

  @Public()
  @Get('callback')
  async callback(@Req() req: Request, @Res() res: Response) {
    // The URL the provider redirected to, as registered (behind a proxy req's own host may differ).
    const callbackUrl = new URL(`${this.config.publicUrl}${req.originalUrl}`);
    const browserToken = parseCookie(req.headers.cookie ?? '')[START_COOKIE];
    res.clearCookie(START_COOKIE, { path: '/api/sso' });
    try {
      const { userId, nextPath } = await this.signIns.finish(callbackUrl, browserToken);
      await this.sessions.start(userId, { ip: req.ip ?? '', userAgent: req.headers['user-agent'] ?? null }, res);
      res.redirect(302, nextPath ?? routes.home());
    } catch (error) {
      if (error instanceof SsoRefused) return this.refuse(res, error.reason);
      throw error;
    }
  }

  private refuse(res: Response, reason: SsoRefusal): void {
    res.redirect(302, routes.ssoRefused(reason));
  }
}
