import { EmailFrame, P } from '../../../common/mail/email-layout';

export interface InvitationEmailProps {
  inviterName: string;
  organizationName: string;
  role: string;
  acceptUrl: string;
  days: number;
}

export function InvitationEmail({ inviterName, organizationName, role, acceptUrl, days }: InvitationEmailProps) {
  return (
    <EmailFrame
      preview={`${inviterName} invited you to ${organizationName}`}
      heading={`Join ${organizationName} on OpenHuddle`}
      organizationName={organizationName}
      action={{ label: 'Accept the invitation', url: acceptUrl }}
      footer={{
        reason: `${inviterName} invited this address to ${organizationName}. If you do not know them, ignore this email.`,
      }}
    >
      <P>
        {inviterName} invited you to join {organizationName} as {role}. On OpenHuddle your team answers prompts, gives
        each other structured feedback, and every huddle opens with everyone&apos;s work on the table.
      </P>
      <P>The invitation expires in {days} days.</P>
    </EmailFrame>
  );
}
