import { OrgRole } from '@openhuddle/shared';
import type { DataSource } from 'typeorm';
import { OrganizationDataPolicyEntity } from '../../modules/account/data-policy.entity';
import { PasswordHasher } from '../../modules/auth/password-hasher';
import { MembershipEntity } from '../../modules/organization/membership.entity';
import { OrganizationEntity } from '../../modules/organization/organization.entity';
import { UserEntity } from '../../modules/user/user.entity';
import type { FileStorage } from '../../common/storage/storage';
import { ADVISORY_LOCKS } from '../advisory-lock';
import { createDataSource } from '../data-source';
import { seedDemoCohort } from './demo-cohort-seed';
import { DEMO_GUEST, seedDemoGuest } from './demo-guest-seed';
import { seedDemoPulse } from './demo-pulse-seed';
import { seedDemoFeedSeen } from './demo-feed-seed';
import { seedDemoTemplate } from './demo-template-seed';
import { seedDemoPlan } from './demo-plan-seed';
import { seedDemoLearningGoals } from './demo-learning-goal-seed';
import { seedDemoFramework, seedDemoSelfAssessment } from './demo-framework-seed';
import { fixed } from './fixtures';
import { seedDemoObservations } from './demo-observation-seed';

export const DEMO_ORGANIZATION = { name: 'Riverside Middle School', slug: 'riverside-middle-school' };

const people: Array<[name: string, email: string, role: OrgRole, timeZone: string]> = [
  ['Maya Chen', 'maya.chen@riverside.example', OrgRole.FACILITATOR, 'America/Chicago'],
  ['Daniel Okafor', 'daniel.okafor@riverside.example', OrgRole.OWNER, 'America/Chicago'],
  ['Priya Raman', 'priya.raman@riverside.example', OrgRole.ADMIN, 'America/Chicago'],
  ['Luis Hernández', 'luis.hernandez@riverside.example', OrgRole.MEMBER, 'America/Chicago'],
  ['Sarah Kim', 'sarah.kim@riverside.example', OrgRole.MEMBER, 'America/Chicago'],
  ['Tom Becker', 'tom.becker@riverside.example', OrgRole.MEMBER, 'America/Chicago'],
  ['Aisha Bello', 'aisha.bello@riverside.example', OrgRole.MEMBER, 'America/New_York'],
  ['Jonah Weiss', 'jonah.weiss@riverside.example', OrgRole.MEMBER, 'America/Chicago'],
  ['Grace Liu', 'grace.liu@riverside.example', OrgRole.MEMBER, 'America/Chicago'],
  ['Marcus Reed', 'marcus.reed@riverside.example', OrgRole.MEMBER, 'America/Denver'],
  ['Elena Petrova', 'elena.petrova@riverside.example', OrgRole.MEMBER, 'America/Chicago'],
  ['Kofi Mensah', 'kofi.mensah@riverside.example', OrgRole.MEMBER, 'America/Chicago'],
  ['Hannah Brooks', 'hannah.brooks@riverside.example', OrgRole.MEMBER, 'America/Chicago'],
  ['Ravi Patel', 'ravi.patel@riverside.example', OrgRole.FACILITATOR, 'America/Los_Angeles'],
];

const [FACILITATOR, OWNER, , MEMBER] = fixed(people, 4);

export const DEMO_ACCOUNTS = {
  password: 'openhuddle-demo',
  facilitator: { name: FACILITATOR[0], email: FACILITATOR[1] },
  owner: { name: OWNER[0], email: OWNER[1] },
  member: { name: MEMBER[0], email: MEMBER[1] },
  /** A consultant of another organisation, Guest facilitator of the demo cohort. */
  guest: { name: DEMO_GUEST.name, email: DEMO_GUEST.email },
  all: people.map(([name, email, role]) => ({ name, email, role })),
};

/** Loads the demo organization unless it is there already. Returns true when it loaded it. */
export async function seedDemo(dataSource: DataSource, storage?: FileStorage): Promise<boolean> {
  if (await dataSource.getRepository(OrganizationEntity).existsBy({ slug: DEMO_ORGANIZATION.slug })) return false;
  const passwordHash = await new PasswordHasher().hash(DEMO_ACCOUNTS.password);
  const loaded = await dataSource.transaction(async (em) => {
    // Two processes seeding at once take turns; the second then finds the demo and stops.
    await em.query('SELECT pg_advisory_xact_lock($1)', [ADVISORY_LOCKS.seedDemo]);
    if (await em.existsBy(OrganizationEntity, { slug: DEMO_ORGANIZATION.slug })) return false;
    const organization = await em.save(OrganizationEntity, { ...DEMO_ORGANIZATION });
    const users: UserEntity[] = [];
    for (const [displayName, email, role, timeZone] of people) {
      const user =
        (await em.findOneBy(UserEntity, { email })) ??
        (await em.save(UserEntity, { email, displayName, timeZone, passwordHash }));
      await em.save(MembershipEntity, { organizationId: organization.id, userId: user.id, role });
      users.push(user);
    }
    await seedDemoCohort(em, organization.id, users, storage);
    await seedDemoFeedSeen(em, organization.id, DEMO_ACCOUNTS.member.email);
    await seedDemoPulse(em, organization.id, DEMO_ACCOUNTS.member.email);
    await seedDemoTemplate(em, organization.id, users[0]!.id);
    await seedDemoPlan(em, organization.id, users);
    // Retention a district would pick: the audit log for two school years, leavers' data for a term.
    await em.save(OrganizationDataPolicyEntity, {
      organizationId: organization.id,
      auditRetentionMonths: 24,
      formerMemberRetentionDays: 90,
    });
    await seedDemoLearningGoals(em, organization.id, users);
    const framework = await seedDemoFramework(em, organization.id, users[2]!.id);
    await seedDemoSelfAssessment(em, organization.id, framework, users[0]!.id);
    await seedDemoObservations(em, organization.id, framework, users);
    await seedDemoGuest(em, organization.id, passwordHash);
    return true;
  });
  return loaded;
}

/** First start on an empty database: load the demo so a newcomer sees a living product. */
export async function seedDemoIfEmpty(url: string, storage?: FileStorage): Promise<boolean> {
  const dataSource = createDataSource(url);
  await dataSource.initialize();
  try {
    if (await dataSource.getRepository(OrganizationEntity).exists()) return false;
    return await seedDemo(dataSource, storage);
  } finally {
    await dataSource.destroy();
  }
}
