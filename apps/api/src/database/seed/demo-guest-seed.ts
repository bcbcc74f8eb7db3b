import { CohortRole, OrgRole } from '@openhuddle/shared';
import type { EntityManager } from 'typeorm';
import { CohortMemberEntity } from '../../modules/cohort/cohort-member.entity';
import { CohortEntity } from '../../modules/cohort/cohort.entity';
import { MembershipEntity } from '../../modules/organization/membership.entity';
import { OrganizationEntity } from '../../modules/organization/organization.entity';
import { UserEntity } from '../../modules/user/user.entity';

export const DEMO_GUEST = {
  name: 'Nora Quinn',
  email: 'nora.quinn@huddle-consulting.example',
  consultancy: { name: 'Huddle Consulting', slug: 'huddle-consulting' },
};

/**
 * A consultant from her own consultancy, a Guest facilitator of the demo cohort: she sees that cohort
 * (marked "Guest" to everyone there) and nothing else of the school.
 */
export async function seedDemoGuest(em: EntityManager, organizationId: string, passwordHash: string): Promise<void> {
  const cohort = await em.findOneByOrFail(CohortEntity, { organizationId });
  const consultancy =
    (await em.findOneBy(OrganizationEntity, { slug: DEMO_GUEST.consultancy.slug })) ??
    (await em.save(OrganizationEntity, { ...DEMO_GUEST.consultancy }));
  let nora = await em.findOneBy(UserEntity, { email: DEMO_GUEST.email });
  if (!nora) {
    nora = await em.save(UserEntity, {
      email: DEMO_GUEST.email,
      displayName: DEMO_GUEST.name,
      timeZone: 'Europe/London',
      passwordHash,
    });
    await em.save(MembershipEntity, { organizationId: consultancy.id, userId: nora.id, role: OrgRole.OWNER });
  }
  await em.save(CohortMemberEntity, {
    organizationId,
    cohortId: cohort.id,
    userId: nora.id,
    role: CohortRole.FACILITATOR,
    guest: true,
    teamId: null,
  });
}
