import type { ActorUser } from './actor';
import type { ClosableSocket } from './socket-registry';

/** A signed-in person and their session; the auth module's sessions give the whole user row. */
export interface Viewer<U extends ActorUser = ActorUser> {
  user: U;
  sessionId: string;
}

/**
 * Reads the signed-in viewer from a request's cookie header. Implemented by the auth module
 * (sessions), injected where `common/` must know the viewer (guard, GraphQL context).
 */
export abstract class ViewerSource {
  abstract viewerFromCookieHeader(cookieHeader: string | undefined): Promise<Viewer | null>;
  /** Remembers an open WebSocket of the viewer's session, so ending the session closes it. */
  abstract trackSocket(viewer: Viewer, socket: ClosableSocket): void;
}
