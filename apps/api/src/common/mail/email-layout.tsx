import { Body } from '@react-email/body';
import { Button } from '@react-email/button';
import { Container } from '@react-email/container';
import { Head } from '@react-email/head';
import { Heading } from '@react-email/heading';
import { Hr } from '@react-email/hr';
import { Html } from '@react-email/html';
import { Link } from '@react-email/link';
import { Preview } from '@react-email/preview';
import { render } from '@react-email/render';
import { Section } from '@react-email/section';
import { Text } from '@react-email/text';
import type { ReactElement, ReactNode } from 'react';

/**
 * The frame of every OpenHuddle email, built with react-email: JSX escapes what people wrote
 * (no string concatenation of HTML), the components render to the table markup mail clients
 * need, and the same element gives the plain-text part. No images, so it reads the same with
 * images blocked; one column, readable on a phone; colours pass WCAG AA contrast.
 */
export interface EmailFrameProps {
  /** Shown by mail clients next to the subject. */
  preview: string;
  heading: string;
  /** Whose message this is: the organisation's name, or none for account messages. */
  organizationName?: string | null;
  children: ReactNode;
  action?: { label: string; url: string };
  /** Why the person gets this, and where to change it. */
  footer: { reason: string; preferencesUrl?: string; unsubscribeUrl?: string };
}

const page = { backgroundColor: '#f4f5f7', fontFamily: 'Helvetica, Arial, sans-serif', margin: 0, padding: '24px 0' };
const card = { backgroundColor: '#ffffff', borderRadius: '8px', maxWidth: '560px', padding: '24px' };
const text = { color: '#1f2933', fontSize: '16px', lineHeight: '24px' };
const small = { color: '#52606d', fontSize: '13px', lineHeight: '20px' };
const button = {
  backgroundColor: '#1d4ed8',
  borderRadius: '6px',
  color: '#ffffff',
  fontSize: '16px',
  fontWeight: 600,
  padding: '12px 20px',
  textDecoration: 'none',
};

export function EmailFrame({ preview, heading, organizationName, children, action, footer }: EmailFrameProps) {
  return (
    <Html lang="en" dir="ltr">
      <Head>
        <title>{heading}</title>
      </Head>
      <Preview>{preview}</Preview>
      <Body style={page}>
        <Container style={card}>
          <Text style={small}>{organizationName ? `${organizationName} · OpenHuddle` : 'OpenHuddle'}</Text>
          <Heading as="h1" style={{ ...text, fontSize: '22px', lineHeight: '30px' }}>
            {heading}
          </Heading>
          <Section style={text}>{children}</Section>
          {action ? (
            <Section style={{ padding: '8px 0 16px' }}>
              <Button href={action.url} style={button}>
                {action.label}
              </Button>
              <Text style={small}>
                Or open this address: <Link href={action.url}>{action.url}</Link>
              </Text>
            </Section>
          ) : null}
          <Hr />
          <Text style={small}>
            {footer.reason}
            {footer.preferencesUrl ? (
              <>
                {' '}
                <Link href={footer.preferencesUrl}>Notification settings</Link>
              </>
            ) : null}
            {footer.unsubscribeUrl ? (
              <>
                {' · '}
                <Link href={footer.unsubscribeUrl}>Unsubscribe</Link>
              </>
            ) : null}
          </Text>
        </Container>
      </Body>
    </Html>
  );
}

/** A paragraph of the message body. */
export function P({ children }: { children: ReactNode }) {
  return <Text style={text}>{children}</Text>;
}

/** Renders an email element to its HTML and plain-text parts. */
export async function renderEmail(element: ReactElement): Promise<{ html: string; text: string }> {
  const [html, plain] = await Promise.all([render(element), render(element, { plainText: true })]);
  return { html, text: plain };
}
