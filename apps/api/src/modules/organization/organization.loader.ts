import DataLoader from 'dataloader';
import type { MembershipEntity } from './membership.entity';
import type { OrganizationRepository } from './organization.repository';

/** Per-request loaders of the organization module; keys are scoped to the viewer. */
export function createOrganizationLoaders(organizations: OrganizationRepository, viewerUserId: string | null) {
  return {
    /** The viewer's membership in each organization id (null when not a member). */
    viewerMembership: new DataLoader<string, MembershipEntity | null>(async (organizationIds) => {
      if (!viewerUserId) return organizationIds.map(() => null);
      const rows = await organizations.viewerMemberships(viewerUserId, organizationIds);
      const byOrg = new Map(rows.map((m) => [m.organizationId, m]));
      return organizationIds.map((id) => byOrg.get(id) ?? null);
    }),
    /** Members of each organization id, sorted by name, in one statement for all of them. */
    membersOf: new DataLoader<string, MembershipEntity[]>(async (organizationIds) => {
      const rows = await organizations.membersOf(organizationIds);
      const byOrg = new Map<string, MembershipEntity[]>(organizationIds.map((id) => [id, []]));
      for (const row of rows) byOrg.get(row.organizationId)?.push(row);
      return organizationIds.map((id) => byOrg.get(id) ?? []);
    }),
  };
}

export type OrganizationLoaders = ReturnType<typeof createOrganizationLoaders>;

declare module '../../common/graphql/loader-registry' {
  // Declaration merging: the module's loaders join the per-request set (registered by organization.module.ts).
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Loaders extends OrganizationLoaders {}
}
