import { Injectable } from '@nestjs/common';
import { AppError } from '../errors/app-error';
import { LoaderRegistry } from '../graphql/loader-registry';
import type { Actor } from './actor';
import { UserDirectory } from './user-directory';

/**
 * Builds the Actor for a user outside a request (a job, the CLI, a test), so services run the
 * same as from a resolver: no session, and fresh loaders keyed for that user.
 */
@Injectable()
export class ActorFactory {
  constructor(
    private readonly users: UserDirectory,
    private readonly loaderRegistry: LoaderRegistry,
  ) {}

  async forUser(userId: string): Promise<Actor> {
    const user = await this.users.findActorUser(userId);
    if (!user) throw AppError.notFound('User');
    return { user, sessionId: null, loaders: this.loaderRegistry.create(userId) };
  }
}
