import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { SESSION_TTL_DAYS } from '@openhuddle/shared';
import { parseCookie } from 'cookie';
import type { Response } from 'express';
import { IsNull, Repository } from 'typeorm';
import type { Viewer } from '../../common/auth/request-context';
import { type ClosableSocket, SocketRegistry } from '../../common/auth/socket-registry';
import { hashToken, newToken } from '../../common/auth/tokens';
import { AppConfig } from '../../config/app-config';
import { SessionEntity } from './session.entity';

export const SESSION_COOKIE = 'oh_session';

/** Server-side sessions in PostgreSQL (revocable), carried by an httpOnly SameSite cookie. */
@Injectable()
export class SessionService {
  constructor(
    @InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>,
    private readonly config: AppConfig,
    private readonly sockets: SocketRegistry,
  ) {}

  /** A graphql-ws socket opened with this viewer's cookie: it closes when the session ends. */
  trackSocket(viewer: Viewer, socket: ClosableSocket): void {
    this.sockets.register(socket, { sessionId: viewer.sessionId, userId: viewer.user.id });
  }

  async start(userId: string, meta: { ip: string; userAgent: string | null }, res?: Response): Promise<string> {
    const token = newToken();
    await this.sessions.insert({
      userId,
      tokenHash: hashToken(token),
      expiresAt: new Date(Date.now() + SESSION_TTL_DAYS * 86400_000),
      ip: meta.ip.slice(0, 64),
      userAgent: meta.userAgent?.slice(0, 512) ?? null,
    });
    res?.cookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.secureCookies,
      path: '/',
      maxAge: SESSION_TTL_DAYS * 86400_000,
    });
    return token;
  }

  /** The viewer behind a Cookie header, or null when the session is missing, expired or revoked. */
  async viewerFromCookieHeader(cookieHeader: string | undefined): Promise<Viewer | null> {
    const token = cookieHeader ? parseCookie(cookieHeader)[SESSION_COOKIE] : undefined;
    if (!token) return null;
    const session = await this.sessions
      .createQueryBuilder('s')
      .innerJoinAndSelect('s.user', 'u')
      .where('s.token_hash = :hash AND s.revoked_at IS NULL AND s.expires_at > now()', { hash: hashToken(token) })
      .getOne();
    return session?.user ? { user: session.user, sessionId: session.id } : null;
  }

  async revoke(sessionId: string, res?: Response): Promise<void> {
    await this.sessions.update({ id: sessionId, revokedAt: IsNull() }, { revokedAt: new Date() });
    res?.clearCookie(SESSION_COOKIE, { path: '/' });
    await this.sockets.closeSession(sessionId);
  }

  /** Revokes every session of a user, except `keepSessionId` (the one changing the password). */
  async revokeAllOf(userId: string, keepSessionId?: string): Promise<void> {
    const qb = this.sessions
      .createQueryBuilder()
      .update()
      .set({ revokedAt: () => 'now()' })
      .where('user_id = :userId AND revoked_at IS NULL', { userId });
    if (keepSessionId) qb.andWhere('id <> :keep', { keep: keepSessionId });
    await qb.execute();
    await this.sockets.closeUser(userId, { keepSessionId });
  }
}
