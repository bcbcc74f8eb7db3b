import { Injectable } from '@nestjs/common';

/** The part of a WebSocket (ws) the registry needs: close it, and hear when it closes. */
export interface ClosableSocket {
  close(code?: number, reason?: string): void;
  once(event: 'close', listener: () => void): unknown;
}

/** The session ended (sign-out, revoked, password reset): the client should sign in again. */
export const SOCKET_CLOSE_SIGNED_OUT = 4401;
/** Access was withdrawn while the session lives on. */
export const SOCKET_CLOSE_FORBIDDEN = 4403;

/**
 * Open graphql-ws sockets of this process by session and by user, so ending a session also
 * ends the subscriptions it opened (a socket is authenticated once, at connect time).
 */
@Injectable()
export class SocketRegistry {
  private readonly bySession = new Map<string, Set<ClosableSocket>>();
  private readonly sessionsOfUser = new Map<string, Set<string>>();

  register(socket: ClosableSocket, owner: { sessionId: string; userId: string }): void {
    const { sessionId, userId } = owner;
    addTo(this.bySession, sessionId, socket);
    addTo(this.sessionsOfUser, userId, sessionId);
    socket.once('close', () => {
      const sockets = this.bySession.get(sessionId);
      sockets?.delete(socket);
      if (sockets?.size) return;
      this.bySession.delete(sessionId);
      const sessions = this.sessionsOfUser.get(userId);
      sessions?.delete(sessionId);
      if (!sessions?.size) this.sessionsOfUser.delete(userId);
    });
  }

  /** Closes every open socket of one session. */
  closeSession(sessionId: string, code = SOCKET_CLOSE_SIGNED_OUT, reason = 'Signed out'): void {
    for (const socket of [...(this.bySession.get(sessionId) ?? [])]) socket.close(code, reason);
  }

  /** Closes the sockets of every session of a user, except `keepSessionId`. */
  closeUser(userId: string, options: { keepSessionId?: string; code?: number; reason?: string } = {}): void {
    for (const sessionId of [...(this.sessionsOfUser.get(userId) ?? [])]) {
      if (sessionId !== options.keepSessionId) this.closeSession(sessionId, options.code, options.reason);
    }
  }

  /** Open sockets of a session (for health checks and tests). */
  countOf(sessionId: string): number {
    return this.bySession.get(sessionId)?.size ?? 0;
  }
}

function addTo<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}
