import { OBSERVATION_LIMITS, OrgRole, orgRoleAtLeast } from '@openhuddle/shared';

/** Where the viewer stands with one observation. */
export interface ObservationStanding {
  observer: boolean;
  observed: boolean;
}

/**
 * Who may do what with observations of practice. An observation is between its observer and the
 * person observed; facilitators and admins of the organisation see only aggregates of at least
 * `minPeople` different people, so no one person's levels can be read from them.
 */
export const observationPolicy = {
  read: (s: ObservationStanding): boolean => s.observer || s.observed,
  delete: (s: ObservationStanding): boolean => s.observer,
  /** Any member records an observation of a colleague (a peer visit), never of themselves. */
  record: (role: OrgRole, observerId: string, observedId: string): boolean =>
    orgRoleAtLeast(role, OrgRole.MEMBER) && observerId !== observedId,
  viewTrends: (role: OrgRole): boolean => orgRoleAtLeast(role, OrgRole.FACILITATOR),
};

/** A trend cell is shown only where enough different people were observed in it. */
export const trendCellShown = (peopleCount: number): boolean => peopleCount >= OBSERVATION_LIMITS.minPeople;
