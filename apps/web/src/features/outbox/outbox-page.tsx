import { useQuery } from '@apollo/client/react';
import { useViewer } from '../../app/session';
import { useLoadMore } from '../../app/use-load-more';
import { useDocumentTitle } from '../../app/use-document-title';
import { MailOutboxDocument, type MailOutboxQuery } from '../../generated/graphql';
import { formatDateTime } from '../../lib/format-date';
import {
  Alert,
  Badge,
  type BadgeTone,
  Button,
  EmptyState,
  Loading,
  LoadErrorAlert,
  PageHeader,
  Section,
} from '../../ui';
import { canViewAuditLog } from '../audit/audit-access';
import { useOrganization } from '../organization/organization-layout';
import './outbox.css';

export const OUTBOX_PAGE_SIZE = 30;

type Message = MailOutboxQuery['mailOutbox']['nodes'][number];

const STATUS: Record<Message['status'], { label: string; tone: BadgeTone }> = {
  OUTBOX: { label: 'In the outbox', tone: 'neutral' },
  QUEUED: { label: 'Sending', tone: 'info' },
  SENT: { label: 'Delivered to the mail server', tone: 'success' },
  FAILED: { label: 'Not delivered', tone: 'warning' },
};

/** `/o/:organizationId/outbox`: email sent in the organisation's name, for its admins and owners. */
export function OutboxPage() {
  const organization = useOrganization();
  useDocumentTitle('Email outbox', organization.name);
  const { viewer } = useViewer();
  const allowed = canViewAuditLog(organization.viewerRole);
  const { data, loading, error, fetchMore, refetch } = useQuery(MailOutboxDocument, {
    variables: { organizationId: organization.id, first: OUTBOX_PAGE_SIZE },
    skip: !allowed,
  });
  const { loadMore, loadingMore } = useLoadMore('mailOutbox', data?.mailOutbox, fetchMore);

  if (!allowed) {
    return (
      <div className="page page-narrow">
        <PageHeader eyebrow={organization.name} title="Email outbox" />
        <EmptyState title="Only admins and owners see the outbox." />
      </div>
    );
  }
  const box = data?.mailOutbox;

  return (
    <div className="page">
      <PageHeader
        eyebrow={organization.name}
        title="Email outbox"
        description="Invitations, notifications and reminders OpenHuddle sent in your organisation’s name."
      />
      {box && !box.smtpConfigured && (
        <Alert tone="warning" title="Email is not set up on this server">
          <p>
            Messages stay here instead of being sent. Set <code>SMTP_URL</code> to deliver them; until then you can open
            their links below (a demo, or a first try).
          </p>
        </Alert>
      )}
      <Section title="Messages">
        {loading && !box ? (
          <Loading label="Loading the outbox…" />
        ) : !box ? (
          <LoadErrorAlert what="the outbox" onRetry={() => void refetch()}>
            {error?.message ?? 'Check your connection and try again.'}
          </LoadErrorAlert>
        ) : box.nodes.length === 0 ? (
          <EmptyState title="No email yet.">Invitations and notifications appear here as they go out.</EmptyState>
        ) : (
          <>
            <ul className="outbox-list">
              {box.nodes.map((m) => (
                <OutboxItem key={m.id} message={m} timeZone={viewer?.timeZone} />
              ))}
            </ul>
            {box.pageInfo.hasNextPage && (
              <Button variant="secondary" onClick={() => void loadMore()} disabled={loadingMore}>
                {loadingMore ? 'Loading…' : 'Load more'}
              </Button>
            )}
          </>
        )}
      </Section>
    </div>
  );
}

function OutboxItem({ message, timeZone }: { message: Message; timeZone?: string }) {
  const status = STATUS[message.status];
  return (
    <li className="outbox-item">
      <details>
        <summary>
          <span className="outbox-subject">{message.subject}</span>
          <span className="outbox-meta">
            to {message.to} · {formatDateTime(message.createdAt, timeZone)}{' '}
            <Badge tone={status.tone}>{status.label}</Badge>
          </span>
        </summary>
        {message.lastError && (
          <p className="outbox-error">
            After {message.attempts} {message.attempts === 1 ? 'attempt' : 'attempts'}, the mail server said:{' '}
            {message.lastError}
          </p>
        )}
        {message.text ? (
          <pre className="outbox-text">
            <Linked text={message.text} />
          </pre>
        ) : (
          <p className="outbox-meta">The text is not kept once the mail server accepted the message.</p>
        )}
      </details>
    </li>
  );
}

/** The plain-text body with its web addresses as links (rendered as text, never as HTML). */
function Linked({ text }: { text: string }) {
  const parts = text.split(/(https?:\/\/[^\s<>"]+)/g);
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 1 ? (
          <a key={i} href={part}>
            {part}
          </a>
        ) : (
          part
        ),
      )}
    </>
  );
}
