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

/** A password path refused because the person's organisation signs them in with its provider. */
export function UseSsoEmail({ signInUrl, message }: { signInUrl: string; message: string }) {
  return (
    <EmailFrame
      preview="Sign in with your organisation's account"
      heading="Sign in with your organisation's account"
      action={{ label: 'Go to sign-in', url: signInUrl }}
      footer={ACCOUNT_FOOTER}
    >
      <P>Someone asked for a password for this address on OpenHuddle.</P>
      <P>{message}</P>
    </EmailFrame>
  );
}

/** Sign-up on an instance where accounts come only with an invitation. */
export function InvitationNeededEmail({ signInUrl }: { signInUrl: string }) {
  return (
    <EmailFrame
      preview="OpenHuddle accounts here come with an invitation"
      heading="Accounts here come with an invitation"
      action={{ label: 'Go to sign-in', url: signInUrl }}
      footer={ACCOUNT_FOOTER}
    >
      <P>Someone tried to create an OpenHuddle account with this address.</P>
      <P>
        On this OpenHuddle, accounts are created from an invitation. Ask an admin of your organisation to invite this
        address, or sign in with your organisation&apos;s account if it has one.
      </P>
    </EmailFrame>
  );
}
