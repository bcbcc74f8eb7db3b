import { useQuery } from '@apollo/client/react';
import { apiPaths } from '@openhuddle/shared';
import { SignInOptionsDocument } from '../../generated/graphql';

/** The domain part once it looks complete (`name@school.org`), else null: no lookup per keystroke. */
export function lookupDomainOf(email: string): string | null {
  const at = email.lastIndexOf('@');
  const domain =
    at > 0
      ? email
          .slice(at + 1)
          .trim()
          .toLowerCase()
      : '';
  return /^[^\s@]+\.[a-z]{2,}$/.test(domain) ? domain : null;
}

/**
 * "Sign in with <provider>" for the organisation that owns the email's domain. The buttons are
 * full-page links to the API, which redirects to the provider.
 */
export function SsoButtons({ email, next }: { email: string; next: string | null }) {
  const domain = lookupDomainOf(email);
  const { data } = useQuery(SignInOptionsDocument, { variables: { email: `someone@${domain}` }, skip: !domain });
  const options = domain ? data?.signInOptions : undefined;
  if (!options?.providers.length) return null;
  return (
    <div className="sso-buttons" aria-live="polite">
      {!options.passwordSignIn && (
        <p className="muted">{options.providers[0]!.organizationName} signs you in with its own account.</p>
      )}
      {options.providers.map((p) => (
        <a key={p.id} className="btn btn-secondary btn-block" href={apiPaths.ssoStart(p.id, next)}>
          Sign in with {p.displayName}
        </a>
      ))}
    </div>
  );
}
