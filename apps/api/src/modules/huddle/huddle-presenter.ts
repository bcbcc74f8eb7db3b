import type { Actor } from '../../common/auth/actor';
import { type CohortAccess, canManageCohort } from '../cohort/cohort.policy';
import type { PromptEntity } from '../prompt/prompt.entity';
import type { Huddle } from './dto/huddle.types';
import type { HuddleEntity } from './huddle.entity';
import { toHuddle } from './huddle.mapper';

/** Linked prompts the viewer may know of: drafts are their facilitators' own. */
export function visiblePrompts(prompts: PromptEntity[], access: CohortAccess): PromptEntity[] {
  return prompts.filter((p) => p.publishedAt || canManageCohort(access));
}

/**
 * Huddles as this viewer sees them. Access comes from the request's loaders (already primed by
 * the guard or the service) and linked prompts from one batched load, however many huddles.
 */
export async function presentHuddles(actor: Actor, rows: HuddleEntity[]): Promise<Huddle[]> {
  const [accesses, prompts] = await Promise.all([
    actor.loaders.cohortAccess.loadMany(rows.map((h) => h.cohortId)),
    actor.loaders.huddlePrompts.loadMany(rows.map((h) => h.id)),
  ]);
  return rows.map((h, i) => {
    const access = accesses[i] as CohortAccess;
    return toHuddle(
      h,
      access,
      visiblePrompts(prompts[i] as PromptEntity[], access).map((p) => p.id),
    );
  });
}

export async function presentHuddle(actor: Actor, huddle: HuddleEntity): Promise<Huddle> {
  return (await presentHuddles(actor, [huddle]))[0]!;
}
