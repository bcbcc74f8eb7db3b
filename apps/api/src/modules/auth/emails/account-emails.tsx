import { EmailFrame, P } from '../../../common/mail/email-layout';

/** Account messages: they carry one-time links, so they name no organisation and offer no unsubscribe. */
const ACCOUNT_FOOTER = {
  reason: 'You get this email because someone used this address on OpenHuddle. If it was not you, you can ignore it.',
};

export function PasswordResetEmail({ link, minutes }: { link: string; minutes: number }) {
  return (
    <EmailFrame
      preview={`Reset your password within ${minutes} minutes`}
      heading="Reset your password"
      action={{ label: 'Choose a new password', url: link }}
      footer={ACCOUNT_FOOTER}
    >
      <P>Someone asked to reset the password of your OpenHuddle account.</P>
      <P>If it was you, open the link within {minutes} minutes. It works once; asking again replaces it.</P>
    </EmailFrame>
  );
}

export function VerifyEmailEmail({ displayName, link, hours }: { displayName: string; link: string; hours: number }) {
  return (
    <EmailFrame
      preview="Confirm your email to start using OpenHuddle"
      heading="Confirm your email"
      action={{ label: 'Confirm my email', url: link }}
      footer={ACCOUNT_FOOTER}
    >
      <P>Hello {displayName},</P>
      <P>Confirm this is your address to finish creating your OpenHuddle account. The link works for {hours} hours.</P>
    </EmailFrame>
  );
}

/** Sign-up with an address that has an account: told to the address, never to whoever typed it. */
export function AccountExistsEmail({ signInUrl, resetUrl }: { signInUrl: string; resetUrl: string }) {
  return (
    <EmailFrame
      preview="You already have an OpenHuddle account"
      heading="You already have an account"
      action={{ label: 'Sign in', url: signInUrl }}
      footer={ACCOUNT_FOOTER}
    >
      <P>Someone tried to create an OpenHuddle account with this address, which already has one.</P>
      <P>If it was you, sign in instead. Forgot your password? Reset it here: {resetUrl}</P>
    </EmailFrame>
  );
}
