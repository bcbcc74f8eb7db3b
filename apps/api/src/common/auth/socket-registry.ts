import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit, Optional } from '@nestjs/common';
import { Redis } from 'ioredis';
import { AppConfig } from '../../config/app-config';

/** The part of a WebSocket (ws) the registry needs: close it, and hear when it closes. */
export interface ClosableSocket {
  close(code?: number, reason?: string): void;
  once(event: 'close', listener: () => void): unknown;
}

/** The session ended (sign-out, revoked, password reset): the client should sign in again. */
export const SOCKET_CLOSE_SIGNED_OUT = 4401;
/** Access was withdrawn while the session lives on. */
export const SOCKET_CLOSE_FORBIDDEN = 4403;

/** What every process is told to close, when processes share Redis. */
type CloseCommand =
  | { kind: 'session'; sessionId: string; code: number; reason: string }
  | { kind: 'user'; userId: string; keepSessionId?: string; code?: number; reason?: string };

const CHANNEL = 'openhuddle:socket-close';

/**
 * Open graphql-ws sockets by session and by user, so ending a session also ends the
 * subscriptions it opened (a socket is authenticated once, at connect time). With REDIS_URL,
 * a close goes to every API process through Redis, since a socket may be held by any of them.
 */
@Injectable()
export class SocketRegistry implements OnModuleInit, OnModuleDestroy {
  private readonly bySession = new Map<string, Set<ClosableSocket>>();
  private readonly sessionsOfUser = new Map<string, Set<string>>();
  private bus?: { publisher: Redis; subscriber: Redis };

  constructor(@Optional() private readonly config?: AppConfig) {}

  async onModuleInit(): Promise<void> {
    if (!this.config?.redisUrl) return;
    const options = { maxRetriesPerRequest: null };
    this.bus = {
      publisher: new Redis(this.config.redisUrl, options),
      subscriber: new Redis(this.config.redisUrl, options),
    };
    this.bus.subscriber.on('message', (_channel: string, message: string) => {
      try {
        this.apply(JSON.parse(message) as CloseCommand);
      } catch (error) {
        new Logger('SocketRegistry').warn(`ignored a malformed close command: ${String(error)}`);
      }
    });
    await this.bus.subscriber.subscribe(CHANNEL);
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.all([this.bus?.subscriber.quit(), this.bus?.publisher.quit()]);
  }

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

  /** Closes every open socket of one session, in every process. */
  closeSession(sessionId: string, code = SOCKET_CLOSE_SIGNED_OUT, reason = 'Signed out'): Promise<void> {
    return this.dispatch({ kind: 'session', sessionId, code, reason });
  }

  /** Closes the sockets of every session of a user, except `keepSessionId`, in every process. */
  closeUser(userId: string, options: { keepSessionId?: string; code?: number; reason?: string } = {}): Promise<void> {
    return this.dispatch({ kind: 'user', userId, ...options });
  }

  /** Through Redis every process (this one too) hears the command; alone, it is applied here. */
  private async dispatch(command: CloseCommand): Promise<void> {
    if (this.bus) await this.bus.publisher.publish(CHANNEL, JSON.stringify(command));
    else this.apply(command);
  }

  private apply(command: CloseCommand): void {
    if (command.kind === 'session') return this.closeLocalSession(command.sessionId, command.code, command.reason);
    for (const sessionId of [...(this.sessionsOfUser.get(command.userId) ?? [])]) {
      if (sessionId !== command.keepSessionId) this.closeLocalSession(sessionId, command.code, command.reason);
    }
  }

  private closeLocalSession(sessionId: string, code = SOCKET_CLOSE_SIGNED_OUT, reason = 'Signed out'): void {
    for (const socket of [...(this.bySession.get(sessionId) ?? [])]) socket.close(code, reason);
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
