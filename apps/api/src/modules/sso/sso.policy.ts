import { OrgRole, orgRoleAtLeast } from '@openhuddle/shared';
import type { SignInSettingsPermissions } from './dto/sso.types';

/** Why an SSO sign-in was refused; the web app's refusal page explains each (routes.ssoRefused). */
export enum SsoRefusal {
  EMAIL_NOT_VERIFIED = 'email-not-verified',
  /** The email is outside the provider's domains and nobody invited it into the organisation. */
  NOT_IN_ORGANIZATION = 'not-in-organization',
  /** The organisation takes new people by invitation only. */
  INVITE_ONLY = 'invite-only',
  /** An account with this email exists, and the provider does not answer for its domain. */
  ACCOUNT_NOT_IN_DOMAIN = 'account-not-in-domain',
  /** The sign-in link expired, was used, was tampered with, or was started in another browser. */
  EXPIRED = 'expired',
  /** The provider refused, was cancelled, or answered something that did not check out. */
  PROVIDER_ERROR = 'provider-error',
}

/** What is known when a provider vouches for someone. */
export interface SsoAccountFacts {
  /** (provider, sub) is already linked to an account. */
  linked: boolean;
  emailVerified: boolean;
  /** The email's domain is one of this provider's domains (domains belong to one organisation). */
  domainRouted: boolean;
  /** The role of a pending invitation to this organisation for the email, if any. */
  invitedRole: OrgRole | null;
  inviteOnly: boolean;
  /** The account the sign-in lands on (the linked one, else the one with this email), if any. */
  account: { memberOfOrganization: boolean } | null;
}

export type SsoDecision = { kind: 'sign-in'; join: OrgRole | null } | { kind: 'refuse'; reason: SsoRefusal };

/**
 * Who an organisation's provider may sign in, and into what. A provider speaks for its own
 * domains only: it may link an existing account solely when the email is in them (so an admin's
 * provider cannot take over someone else's account by asserting their address), and it only
 * ever makes memberships in its own organisation.
 */
export function decideSsoAccount(f: SsoAccountFacts): SsoDecision {
  if (!f.linked && !f.emailVerified) return { kind: 'refuse', reason: SsoRefusal.EMAIL_NOT_VERIFIED };
  if (!f.linked && f.account && !f.domainRouted) return { kind: 'refuse', reason: SsoRefusal.ACCOUNT_NOT_IN_DOMAIN };
  if (f.account?.memberOfOrganization) return { kind: 'sign-in', join: null };
  if (f.invitedRole) return { kind: 'sign-in', join: f.invitedRole };
  if (f.domainRouted && !f.inviteOnly) return { kind: 'sign-in', join: OrgRole.MEMBER };
  return { kind: 'refuse', reason: f.domainRouted ? SsoRefusal.INVITE_ONLY : SsoRefusal.NOT_IN_ORGANIZATION };
}

/** Requiring SSO with no provider would lock every member out. */
export function checkRequireSso(requireSso: boolean, providerCount: number): string | null {
  return requireSso && providerCount === 0 ? 'Add an identity provider before requiring SSO.' : null;
}

/** The domain part of an email, lower-cased. */
export function emailDomain(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1).toLowerCase();
}

/** Sign-in settings are the organisation's admins' and owners' (PRODUCT.md: org admin → sign-in). */
export function organizationSignInPermissions(role: OrgRole): SignInSettingsPermissions {
  return { manage: orgRoleAtLeast(role, OrgRole.ADMIN) };
}
