import { routes } from '@openhuddle/shared';
import { Link, useSearchParams } from 'react-router';
import { useDocumentTitle } from '../../app/use-document-title';
import { Alert } from '../../ui';
import { AuthCard } from './auth-card';

/** The API's SsoRefusal reasons, in words: what happened and what to do. */
const REASONS: Record<string, { title: string; text: string }> = {
  'email-not-verified': {
    title: 'Your email address is not verified',
    text: 'Your organisation’s sign-in did not confirm your email address, so we cannot tell it is yours. Ask your IT team to verify it, then try again.',
  },
  'not-in-organization': {
    title: 'This organisation has not invited you',
    text: 'Your email address is not one of the organisation’s domains and there is no invitation for it. Ask an admin of the organisation to invite you.',
  },
  'invite-only': {
    title: 'This organisation joins by invitation only',
    text: 'Your address is in the organisation’s domain, but new people join only with an invitation. Ask an admin to invite you.',
  },
  'account-not-in-domain': {
    title: 'This sign-in cannot open your account',
    text: 'An OpenHuddle account with this email exists, and this organisation’s sign-in does not answer for its domain. Sign in with your password, then accept the organisation’s invitation.',
  },
  expired: {
    title: 'This sign-in link has expired',
    text: 'It was used already, took too long, or was started in another browser. Start again from the sign-in page.',
  },
  'provider-error': {
    title: 'Your organisation’s sign-in did not answer as expected',
    text: 'Try again in a moment. If it keeps happening, tell your organisation’s admin: the identity provider may be misconfigured.',
  },
};

/** `/sign-in/refused?reason=…`: where a refused SSO sign-in lands. */
export function SsoRefusedPage() {
  const [params] = useSearchParams();
  const reason = REASONS[params.get('reason') ?? ''] ?? REASONS['provider-error']!;
  useDocumentTitle('Sign-in refused');
  return (
    <AuthCard title="We could not sign you in" footer={<Link to={routes.signIn()}>Back to sign-in</Link>}>
      <Alert tone="warning" title={reason.title}>
        {reason.text}
      </Alert>
    </AuthCard>
  );
}
