import { Heading } from '@react-email/heading';
import { Link } from '@react-email/link';
import { Text } from '@react-email/text';
import { EmailFrame, P } from '../../../common/mail/email-layout';

/** One line of a digest: what it says, where it opens, and a date already in the reader's zone. */
export interface DigestLine {
  text: string;
  url: string;
  when?: string;
}

/** Everything one digest email shows, composed (and dated in the reader's zone) before rendering. */
export interface DigestEmailProps {
  weekly: boolean;
  displayName: string;
  organizationName: string;
  /** New notifications, grouped by cohort (null name: not about a cohort). */
  groups: Array<{ cohortName: string | null; lines: DigestLine[] }>;
  /** Notifications that qualified beyond what the email lists. */
  more: number;
  owed: DigestLine[];
  coming: DigestLine[];
  urls: { notifications: string; preferences: string; unsubscribe: string };
}

export const digestHeading = (p: Pick<DigestEmailProps, 'weekly'>) =>
  p.weekly ? 'Your weekly digest' : 'Your daily digest';

const sectionHeading = { color: '#1f2933', fontSize: '18px', lineHeight: '26px', margin: '20px 0 4px' };
const small = { color: '#52606d', fontSize: '13px', lineHeight: '20px', margin: '0 0 8px' };

function Lines({ lines }: { lines: DigestLine[] }) {
  return (
    <>
      {lines.map((line, i) => (
        <Text key={i} style={{ fontSize: '16px', lineHeight: '24px', margin: '0 0 8px' }}>
          <Link href={line.url}>{line.text}</Link>
          {line.when ? <span style={small}> · {line.when}</span> : null}
        </Text>
      ))}
    </>
  );
}

function reason(p: DigestEmailProps): string {
  return `You get this ${p.weekly ? 'weekly' : 'daily'} digest because you are in ${p.organizationName} on OpenHuddle and chose it for some notifications.`;
}

/** The digest's HTML part (react-email escapes everything people wrote). */
export function DigestEmail(p: DigestEmailProps) {
  const newCount = p.groups.reduce((n, g) => n + g.lines.length, 0) + p.more;
  return (
    <EmailFrame
      preview={summary(newCount, p.owed.length)}
      heading={digestHeading(p)}
      organizationName={p.organizationName}
      action={{ label: 'Open your notifications', url: p.urls.notifications }}
      footer={{ reason: reason(p), preferencesUrl: p.urls.preferences, unsubscribeUrl: p.urls.unsubscribe }}
    >
      <P>Hello {p.displayName},</P>
      {p.groups.length ? (
        <Heading as="h2" style={sectionHeading}>
          What is new
        </Heading>
      ) : null}
      {p.groups.map((g, i) => (
        <div key={i}>
          <Heading as="h3" style={{ ...sectionHeading, fontSize: '16px', margin: '12px 0 4px' }}>
            {g.cohortName ?? p.organizationName}
          </Heading>
          <Lines lines={g.lines} />
        </div>
      ))}
      {p.more ? <P>And {p.more} more in your notifications.</P> : null}
      {p.owed.length ? (
        <>
          <Heading as="h2" style={sectionHeading}>
            What you owe
          </Heading>
          <Lines lines={p.owed} />
        </>
      ) : null}
      {p.coming.length ? (
        <>
          <Heading as="h2" style={sectionHeading}>
            Coming up this week
          </Heading>
          <Lines lines={p.coming} />
        </>
      ) : null}
    </EmailFrame>
  );
}

export function summary(newCount: number, owedCount: number): string {
  const parts = [newCount ? `${newCount} new` : null, owedCount ? `${owedCount} to do` : null].filter(Boolean);
  return parts.join(', ') || 'Coming up';
}

/**
 * The plain-text part, from the same props. Written out rather than converted from the HTML:
 * html-to-text costs ~7 ms an email, which alone would take 5,000 digests past a minute.
 */
export function digestText(p: DigestEmailProps): string {
  const out: string[] = [`${p.organizationName} · OpenHuddle`, '', digestHeading(p), '', `Hello ${p.displayName},`];
  const lines = (ls: DigestLine[]) => ls.flatMap((l) => [`- ${l.text}${l.when ? ` · ${l.when}` : ''}`, `  ${l.url}`]);
  if (p.groups.length) out.push('', 'WHAT IS NEW');
  for (const g of p.groups) out.push('', g.cohortName ?? p.organizationName, ...lines(g.lines));
  if (p.more) out.push('', `And ${p.more} more in your notifications.`);
  if (p.owed.length) out.push('', 'WHAT YOU OWE', ...lines(p.owed));
  if (p.coming.length) out.push('', 'COMING UP THIS WEEK', ...lines(p.coming));
  out.push(
    '',
    `Open your notifications: ${p.urls.notifications}`,
    '',
    '---',
    reason(p),
    `Notification settings: ${p.urls.preferences}`,
    `Unsubscribe: ${p.urls.unsubscribe}`,
  );
  return out.join('\n');
}
