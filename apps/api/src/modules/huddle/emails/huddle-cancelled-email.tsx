import { EmailFrame, P } from '../../../common/mail/email-layout';

export interface HuddleCancelledEmailProps {
  title: string;
  organizationName: string;
  cohortName: string;
  /** When it would have met, in the reader's zone. */
  when: string;
  laterCancelled: number;
  huddleUrl: string;
}

/** Tells a cohort member a huddle (and maybe the rest of its series) is off. */
export function HuddleCancelledEmail(p: HuddleCancelledEmailProps) {
  const later = p.laterCancelled === 1 ? 'the later meeting' : `the ${p.laterCancelled} later meetings`;
  return (
    <EmailFrame
      preview={`${p.title} on ${p.when} is cancelled`}
      heading={`Cancelled: ${p.title}`}
      organizationName={p.organizationName}
      action={{ label: 'Open the huddle', url: p.huddleUrl }}
      footer={{ reason: `You are a member of ${p.cohortName} at ${p.organizationName}.` }}
    >
      <P>
        The {p.cohortName} huddle on <strong>{p.when}</strong> is cancelled
        {p.laterCancelled ? `, and so ${p.laterCancelled === 1 ? 'is' : 'are'} ${later} of its series` : ''}.
      </P>
      <P>The attached cancellation removes it from your calendar.</P>
    </EmailFrame>
  );
}
