import { NotificationKind } from '@openhuddle/shared';
import { EmailFrame, P } from '../../../common/mail/email-layout';

/** The heading (and subject) of each kind's email; the notification's own text is the body. */
export const EMAIL_HEADINGS: Record<NotificationKind, string> = {
  [NotificationKind.MENTION]: 'You were mentioned',
  [NotificationKind.HUDDLE_NUDGE]: 'Post before the huddle',
  [NotificationKind.NUDGE]: 'A facilitator reminded you',
  [NotificationKind.HUDDLE_RESCHEDULED]: 'A huddle moved',
  [NotificationKind.HUDDLE_CANCELLED]: 'A huddle was cancelled',
  [NotificationKind.FEEDBACK_RECEIVED]: 'New feedback on your contribution',
  [NotificationKind.MARKED_HELPFUL]: 'Your feedback was marked helpful',
  [NotificationKind.REPLY]: 'New reply',
  [NotificationKind.REVISION_ANSWERS_FEEDBACK]: 'A revision answers your feedback',
  [NotificationKind.REVIEW_ASSIGNED]: 'A review for you',
  [NotificationKind.REVIEW_DUE]: 'Reviews due soon',
  [NotificationKind.ACTION_ITEM_ASSIGNED]: 'An action item for you',
  [NotificationKind.ACTION_ITEM_DUE]: 'An action item is due soon',
  [NotificationKind.PROMPT_OPENED]: 'A new prompt is open',
  [NotificationKind.BRIEF_READY]: 'The huddle brief is ready',
  [NotificationKind.REPORT_RESOLVED]: 'About your content',
  [NotificationKind.PULSE_OPENED]: 'A pulse to answer (under a minute)',
  [NotificationKind.LEARNING_GOAL_UPDATED]: 'News on a learning goal',
  [NotificationKind.COACHING_FOLLOW_UP_OVERDUE]: 'A coaching follow-up is overdue',
};

export interface NotificationEmailProps {
  kind: NotificationKind;
  displayName: string;
  organizationName: string;
  text: string;
  url: string;
  preferencesUrl: string;
  unsubscribeUrl: string;
}

export function NotificationEmail(props: NotificationEmailProps) {
  const heading = EMAIL_HEADINGS[props.kind];
  return (
    <EmailFrame
      preview={props.text}
      heading={heading}
      organizationName={props.organizationName}
      action={{ label: 'Open in OpenHuddle', url: props.url }}
      footer={{
        reason: `You get this email because you are in ${props.organizationName} on OpenHuddle and chose to hear about this right away.`,
        preferencesUrl: props.preferencesUrl,
        unsubscribeUrl: props.unsubscribeUrl,
      }}
    >
      <P>Hello {props.displayName},</P>
      <P>{props.text}</P>
    </EmailFrame>
  );
}
