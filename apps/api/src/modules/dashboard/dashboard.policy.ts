import { type CohortAccess, seesAsFacilitator } from '../cohort/cohort.policy';

/**
 * A cohort is on someone's dashboard when they are its facilitator (whatever their role in its
 * organization, so a guest facilitator sees the cohorts they run for a client). An admin who
 * manages a cohort from outside reads it as an observer and does not get it on a dashboard
 * that names who is behind (PRODUCT.md rules 2–3).
 */
export function onDashboard(access: CohortAccess | null): boolean {
  return !!access && seesAsFacilitator(access);
}

/** Who is behind a figure (who posted, who did not) is for the cohort's facilitators only. */
export function seesDashboardNames(access: CohortAccess): boolean {
  return seesAsFacilitator(access);
}

/** Members who posted over members; 0 for a cohort without members. */
export function postingRate(posted: number, members: number): number {
  return members > 0 ? Math.min(1, posted / members) : 0;
}
