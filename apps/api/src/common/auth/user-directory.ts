import type { ActorUser } from './actor';

/**
 * Finds a person by id, for code that acts for them outside a request (jobs, the CLI).
 * Implemented by the user module, so `common/` knows no feature.
 */
export abstract class UserDirectory {
  abstract findActorUser(userId: string): Promise<ActorUser | null>;
}
