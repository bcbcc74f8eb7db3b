import { EmailFrame, P } from '../../../common/mail/email-layout';

export interface HuddleMinutesEmailProps {
  title: string;
  organizationName: string;
  cohortName: string;
  /** When it ended, in the reader's zone. */
  ended: string;
  decisions: string[];
  /** The reader's own action items only. */
  actionItems: Array<{ text: string; due: string | null }>;
  huddleUrl: string;
}

/** After a huddle: what was decided, and what the reader took on. */
export function HuddleMinutesEmail(p: HuddleMinutesEmailProps) {
  return (
    <EmailFrame
      preview={
        p.actionItems.length
          ? `You have ${p.actionItems.length} action item${p.actionItems.length === 1 ? '' : 's'}`
          : `Minutes of ${p.title}`
      }
      heading={`Minutes: ${p.title}`}
      organizationName={p.organizationName}
      action={{ label: 'Read the minutes', url: p.huddleUrl }}
      footer={{ reason: `You are in ${p.cohortName} at ${p.organizationName}.` }}
    >
      <P>The huddle ended {p.ended}.</P>
      <P>
        <strong>Decisions</strong>
      </P>
      {p.decisions.length ? (
        <ul>
          {p.decisions.map((d, i) => (
            <li key={i}>{d}</li>
          ))}
        </ul>
      ) : (
        <P>No decisions were recorded.</P>
      )}
      <P>
        <strong>Your action items</strong>
      </P>
      {p.actionItems.length ? (
        <ul>
          {p.actionItems.map((a, i) => (
            <li key={i}>{a.due ? `${a.text} — due ${a.due}` : a.text}</li>
          ))}
        </ul>
      ) : (
        <P>You took on no action items.</P>
      )}
    </EmailFrame>
  );
}
