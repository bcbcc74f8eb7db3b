import { OrgRole, orgRoleAtLeast } from '@openhuddle/shared';
import { type CohortAccess, canManageCohort } from '../cohort/cohort.policy';

/**
 * Who may do what with ProgramTemplates. Pure; the service loads the facts.
 * Templates are the authoring organisation's program design: its facilitators, admins and owners
 * read, edit, duplicate and launch them; members and other organisations never see them
 * (by id they get NOT_FOUND, as for anything of another tenant).
 */
export function canUseTemplates(orgRole: OrgRole | null): boolean {
  return !!orgRole && orgRoleAtLeast(orgRole, OrgRole.FACILITATOR);
}

/**
 * What a launcher is in an organisation a program may be launched into. Guests (another
 * organisation's consultant running a cohort here) extend this with their standing; today it is
 * the membership role.
 */
export interface LaunchStanding {
  organizationId: string;
  orgRole: OrgRole | null;
  /** Facilitates a cohort of the organisation as a Guest (no membership of it). */
  guestFacilitator: boolean;
}

/**
 * Whether the actor may launch a program into the organisation: as a facilitator, admin or owner
 * of it (the author's own organisation, or a client organisation the consultant belongs to), or as
 * a Guest facilitator of one of its cohorts (the client invited the consultant to run it). The
 * launched cohort is then the guest's too, as a Guest place, and opens nothing else of the client.
 */
export function canLaunchInto(standing: LaunchStanding): boolean {
  return canUseTemplates(standing.orgRole) || standing.guestFacilitator;
}

/**
 * Saving a cohort as a template takes running that cohort (its facilitator, or an admin of its
 * organisation) and being allowed to author templates in the organisation that will own it.
 */
export function canSaveCohortAsTemplate(cohort: CohortAccess, authoringOrgRole: OrgRole | null): boolean {
  return canManageCohort(cohort) && canUseTemplates(authoringOrgRole);
}

/** Copying a prompt takes running both cohorts: the one it comes from and the one it goes to. */
export function canCopyPrompt(from: CohortAccess, to: CohortAccess): boolean {
  return canManageCohort(from) && canManageCohort(to) && from.cohortId !== to.cohortId;
}

/** What the viewer may do with a template, for the UI (`ProgramTemplate.viewerCan`). */
export function templateViewerCan(orgRole: OrgRole | null, launchTargets: number) {
  const uses = canUseTemplates(orgRole);
  return { edit: uses, duplicate: uses, launch: uses && launchTargets > 0 };
}
