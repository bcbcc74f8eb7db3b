import { Injectable } from '@nestjs/common';
import type { Actor } from './actor';

/** Maps an id of some subject (a prompt, a huddle…) to the id of its cohort; null when unknown. */
export type CohortOfSubject = (actor: Actor, id: string) => Promise<string | null>;

/**
 * Which cohort a `@CohortScoped` operation acts in, whatever its argument names: each module
 * registers how its own subjects find their cohort (often priming the loaders its service will
 * read next, so the check costs no extra statement).
 */
@Injectable()
export class CohortSubjects {
  private readonly resolvers = new Map<string, CohortOfSubject>([['cohort', async (_actor, id) => id]]);

  register(subject: string, resolve: CohortOfSubject): void {
    this.resolvers.set(subject, resolve);
  }

  has(subject: string): boolean {
    return this.resolvers.has(subject);
  }

  cohortOf(actor: Actor, subject: string, id: string): Promise<string | null> {
    const resolve = this.resolvers.get(subject);
    if (!resolve) throw new Error(`No cohort resolver registered for subject "${subject}"`);
    return resolve(actor, id);
  }
}
