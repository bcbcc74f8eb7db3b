import DataLoader from 'dataloader';
import type { GuestRepository } from './guest.repository';

/** Per-request loaders of the guest module. */
export function createGuestLoaders(guests: GuestRepository) {
  return {
    /** The user ids holding a Guest place in each cohort, in one statement for all of them. */
    cohortGuestIds: new DataLoader<string, Set<string>>(async (cohortIds) => {
      const rows = await guests.guestUserIds(cohortIds);
      return cohortIds.map((id) => new Set(rows.filter((r) => r.cohort_id === id).map((r) => r.user_id)));
    }),
  };
}

export type GuestLoaders = ReturnType<typeof createGuestLoaders>;

declare module '../../common/graphql/loader-registry' {
  // Declaration merging: the module's loaders join the per-request set (registered by guest.module.ts).
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Loaders extends GuestLoaders {}
}
