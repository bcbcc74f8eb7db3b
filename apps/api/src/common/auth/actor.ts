import type { Loaders } from '../graphql/loader-registry';

/** The person an operation acts for, as services need them (a UserEntity satisfies it). */
export interface ActorUser {
  id: string;
  email: string;
  displayName: string;
  timeZone: string;
  avatarUrl: string | null;
}

/**
 * Who acts: built once per request (from the session), WebSocket event, job or CLI call
 * (`ActorFactory`). Services take an Actor, never the GraphQL context, so they run the same
 * from a resolver, a REST controller, a job or inside another service's transaction.
 */
export interface Actor {
  readonly user: ActorUser;
  /** The session behind a request; null for jobs and the CLI. */
  readonly sessionId: string | null;
  /** Batched reads keyed for this actor (visibility and roles are per viewer). */
  readonly loaders: Loaders;
}
