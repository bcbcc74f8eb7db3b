import { Link } from '@react-email/link';
import { EmailFrame, P } from '../../../common/mail/email-layout';

export interface HuddleInvitationEmailProps {
  /** A first invitation, or an update of one already sent (new time, title or link). */
  kind: 'invitation' | 'change';
  title: string;
  organizationName: string;
  cohortName: string;
  /** "Thu 11 Mar 2027, 16:00–16:45 (America/Chicago)", in the reader's zone. */
  when: string;
  /** "every week until …" for a series invitation. */
  recurrence: string | null;
  /** How many later meetings of the series changed with this one. */
  laterChanged: number;
  joinUrl: string | null;
  prompts: Array<{ title: string; url: string }>;
  huddleUrl: string;
}

/** Invites a cohort member to a huddle or a series (or tells them it changed), with the prompts to post to first. */
export function HuddleInvitationEmail(p: HuddleInvitationEmailProps) {
  const changed = p.kind === 'change';
  return (
    <EmailFrame
      preview={changed ? `${p.title} changed: ${p.when}` : `${p.cohortName} huddle: ${p.when}`}
      heading={changed ? `Changed: ${p.title}` : p.title}
      organizationName={p.organizationName}
      action={{ label: 'Open the huddle', url: p.huddleUrl }}
      footer={{ reason: `You are a member of ${p.cohortName} at ${p.organizationName}.` }}
    >
      <P>
        {changed ? 'The huddle now meets ' : `${p.cohortName} meets `}
        <strong>{p.when}</strong>
        {p.recurrence ? `, then ${p.recurrence}` : ''}.
        {p.laterChanged
          ? ` The ${p.laterChanged === 1 ? 'later meeting' : `${p.laterChanged} later meetings`} of its series changed with it.`
          : ''}
      </P>
      {p.joinUrl ? (
        <P>
          Join at <Link href={p.joinUrl}>{p.joinUrl}</Link>
        </P>
      ) : null}
      {p.prompts.length ? (
        <>
          <P>Post before the huddle so you are in the brief:</P>
          <ul>
            {p.prompts.map((prompt) => (
              <li key={prompt.url}>
                <Link href={prompt.url}>{prompt.title}</Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <P>The attached invitation adds it to your calendar{changed ? ' or updates it there' : ''}.</P>
    </EmailFrame>
  );
}
