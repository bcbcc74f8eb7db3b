import { describe, expect, it } from '@jest/globals';
import { OrgRole } from '@openhuddle/shared';
import {
  checkRequireSso,
  decideSsoAccount,
  emailDomain,
  organizationSignInPermissions,
  type SsoAccountFacts,
  SsoRefusal,
} from './sso.policy';

const newcomer: SsoAccountFacts = {
  linked: false,
  emailVerified: true,
  domainRouted: true,
  invitedRole: null,
  inviteOnly: false,
  account: null,
};

describe('decideSsoAccount', () => {
  it('a new person of a routed domain joins as a member', () => {
    expect(decideSsoAccount(newcomer)).toEqual({ kind: 'sign-in', join: OrgRole.MEMBER });
  });

  it('an unverified email is refused, even in a routed domain with an invitation', () => {
    expect(decideSsoAccount({ ...newcomer, emailVerified: false, invitedRole: OrgRole.ADMIN })).toEqual({
      kind: 'refuse',
      reason: SsoRefusal.EMAIL_NOT_VERIFIED,
    });
  });

  it('an already linked identity signs in even when its email is no longer verified', () => {
    expect(
      decideSsoAccount({ ...newcomer, linked: true, emailVerified: false, account: { memberOfOrganization: true } }),
    ).toEqual({ kind: 'sign-in', join: null });
  });

  it('an existing account links only when the provider answers for its domain', () => {
    const account = { memberOfOrganization: true };
    expect(decideSsoAccount({ ...newcomer, account })).toEqual({ kind: 'sign-in', join: null });
    expect(decideSsoAccount({ ...newcomer, account, domainRouted: false })).toEqual({
      kind: 'refuse',
      reason: SsoRefusal.ACCOUNT_NOT_IN_DOMAIN,
    });
    expect(
      decideSsoAccount({
        ...newcomer,
        account: { memberOfOrganization: false },
        domainRouted: false,
        invitedRole: OrgRole.MEMBER,
      }),
    ).toEqual({ kind: 'refuse', reason: SsoRefusal.ACCOUNT_NOT_IN_DOMAIN });
  });

  it('an invitation brings its role, even outside the domains or when invite-only', () => {
    expect(
      decideSsoAccount({ ...newcomer, domainRouted: false, inviteOnly: true, invitedRole: OrgRole.FACILITATOR }),
    ).toEqual({ kind: 'sign-in', join: OrgRole.FACILITATOR });
  });

  it('invite-only and unknown domains refuse newcomers, saying which', () => {
    expect(decideSsoAccount({ ...newcomer, inviteOnly: true })).toEqual({
      kind: 'refuse',
      reason: SsoRefusal.INVITE_ONLY,
    });
    expect(decideSsoAccount({ ...newcomer, domainRouted: false })).toEqual({
      kind: 'refuse',
      reason: SsoRefusal.NOT_IN_ORGANIZATION,
    });
  });
});

describe('checkRequireSso', () => {
  it('refuses requiring SSO without a provider', () => {
    expect(checkRequireSso(true, 0)).toMatch(/identity provider/);
    expect(checkRequireSso(true, 1)).toBeNull();
    expect(checkRequireSso(false, 0)).toBeNull();
  });
});

describe('emailDomain', () => {
  it('lower-cases the part after the last @', () => {
    expect(emailDomain('Ada@Riverside.Example')).toBe('riverside.example');
  });
});

describe('organizationSignInPermissions', () => {
  it('admins and owners manage sign-in; facilitators and members do not', () => {
    expect(organizationSignInPermissions(OrgRole.OWNER).manage).toBe(true);
    expect(organizationSignInPermissions(OrgRole.ADMIN).manage).toBe(true);
    expect(organizationSignInPermissions(OrgRole.FACILITATOR).manage).toBe(false);
    expect(organizationSignInPermissions(OrgRole.MEMBER).manage).toBe(false);
  });
});
