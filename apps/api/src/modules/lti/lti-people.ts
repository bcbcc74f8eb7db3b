import { CohortRole, OrgRole } from '@openhuddle/shared';
import type { EntityManager } from 'typeorm';
import type { LtiPlatformEntity } from './lti-platform.entity';
import { LtiRepository } from './lti.repository';

// An LTI-made account has no password: this never verifies (argon2 rejects it as malformed).
const NO_PASSWORD = '!lti';

/** Someone the platform vouches for (a launch's id_token, or a roster entry). */
export interface LtiPerson {
  subject: string;
  email: string | null;
  name: string | null;
  roles: readonly string[];
}

export type Resolved = { userId: string; created: boolean } | { refused: 'no-email' | 'not-in-organization' };

/**
 * Finds the account a platform means, within the platform's organisation only: the one linked to
 * (platform, sub), else the account of that email if it is already a member of the organisation,
 * else (when the registration and the organisation allow) a new account and membership. An
 * account of that email outside the organisation is never taken over.
 */
export async function resolvePerson(
  repository: LtiRepository,
  em: EntityManager,
  platform: LtiPlatformEntity,
  person: LtiPerson,
  joinRole: OrgRole,
): Promise<Resolved> {
  const organizationId = platform.organizationId;
  const linked = await repository.linkedUser(em, platform.id, person.subject);
  if (linked && (await repository.membership(em, organizationId, linked.id)))
    return { userId: linked.id, created: false };
  const email = person.email?.trim().toLowerCase() || null;
  if (!linked && !email) return { refused: 'no-email' };
  const account = linked ?? (email ? await repository.userByEmail(em, email) : null);
  if (account) {
    if (!(await repository.membership(em, organizationId, account.id))) return { refused: 'not-in-organization' };
    await repository.link(em, platform.id, person.subject, account.id);
    return { userId: account.id, created: false };
  }
  if (!platform.createMembers || (await repository.inviteOnly(em, organizationId)))
    return { refused: 'not-in-organization' };
  const user = await repository.createUser(em, {
    email: email!,
    displayName: displayNameOf(person.name, email!),
    passwordHash: NO_PASSWORD,
  });
  await repository.link(em, platform.id, person.subject, user.id);
  await repository.join(em, organizationId, user.id, joinRole);
  return { userId: user.id, created: true };
}

export function isTeacher(role: CohortRole): boolean {
  return role === CohortRole.FACILITATOR;
}

function displayNameOf(name: string | null, email: string): string {
  const cleaned = (name ?? '').replace(/[\p{Cc}\p{Cf}]/gu, '').trim();
  return (cleaned || email.slice(0, email.indexOf('@'))).slice(0, 80);
}
