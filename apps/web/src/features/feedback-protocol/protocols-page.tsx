import { useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router';
import { useDocumentTitle } from '../../app/use-document-title';
import { FeedbackProtocolsDocument } from '../../generated/graphql';
import { Alert, ButtonLink, EmptyState, Loading, PageHeader, Section, LoadErrorAlert } from '../../ui';
import { useOrganization } from '../organization/organization-layout';
import { DeleteProtocol, type DeleteResult } from './delete-protocol';
import { ProtocolCard } from './protocol-card';
import { canManageProtocols, type Protocol } from './protocol-draft';
import type { ProtocolsPageState } from './protocol-form';
import '../cohort/learning.css';
import './feedback-protocol.css';

/** `/o/:organizationId/protocols`: the organisation's own protocols, then the built-ins. */
export function ProtocolsPage() {
  const organization = useOrganization();
  useDocumentTitle('Feedback protocols', organization.name);
  // Usage changes when prompts pick protocols elsewhere: show the cache, then the server's counts.
  const { data, loading, error } = useQuery(FeedbackProtocolsDocument, {
    variables: { organizationId: organization.id },
    fetchPolicy: 'cache-and-network',
  });
  const saved = (useLocation().state as ProtocolsPageState | null)?.saved;
  const [deleted, setDeleted] = useState<DeleteResult | null>(null);
  const deletedAlert = useRef<HTMLDivElement>(null);
  // The deleted card is gone with the focus it had: the message takes it.
  useEffect(() => deletedAlert.current?.focus(), [deleted]);
  const manage = canManageProtocols(organization.viewerRole);
  const protocols = data?.feedbackProtocols ?? [];
  const own = protocols.filter((p) => !p.builtIn);
  const builtIns = protocols.filter((p) => p.builtIn);

  const actions = (protocol: Protocol) =>
    manage ? (
      <>
        {!protocol.builtIn && (
          <ButtonLink to={`${protocol.id}/edit`} variant="secondary" size="sm">
            Edit <span className="visually-hidden">{protocol.name}</span>
          </ButtonLink>
        )}
        <ButtonLink to={`new?from=${protocol.id}`} variant="ghost" size="sm">
          Duplicate <span className="visually-hidden">{protocol.name}</span>
        </ButtonLink>
        {/* The server refuses to delete a protocol prompts use; pick another one for them first. */}
        {!protocol.builtIn && protocol.usedByPromptCount === 0 && (
          <DeleteProtocol protocol={protocol} onResult={setDeleted} />
        )}
      </>
    ) : undefined;

  return (
    <div className="page">
      <PageHeader
        eyebrow={organization.name}
        title="Feedback protocols"
        description="How feedback is structured: sections reviewers answer in order, with guiding questions and sentence stems, and an optional rubric. Each prompt uses one."
        actions={manage ? <ButtonLink to="new">New protocol</ButtonLink> : undefined}
      />
      {deleted ? (
        <Alert ref={deletedAlert} tone={deleted.tone} title={deleted.tone === 'danger' ? 'Not deleted' : undefined}>
          {deleted.text}
        </Alert>
      ) : (
        saved && (
          <Alert tone="success">
            {saved.created ? 'Created' : 'Saved'} “{saved.name}”. Facilitators can pick it for their prompts now.
          </Alert>
        )
      )}
      {loading && !data ? (
        <Loading label="Loading protocols…" />
      ) : error && !data ? (
        <LoadErrorAlert what="the protocols" />
      ) : (
        <>
          <Section
            title={`${organization.name}’s protocols`}
            description={
              manage
                ? 'Yours to edit. Start from scratch, or duplicate a built-in and adapt it.'
                : 'Protocols your facilitators made for this organisation.'
            }
          >
            {own.length ? (
              <div className="protocol-list">
                {own.map((p) => (
                  <ProtocolCard key={p.id} protocol={p} actions={actions(p)} highlight={p.id === saved?.id} />
                ))}
              </div>
            ) : (
              <EmptyState
                title="No protocols of your own yet"
                action={manage ? <ButtonLink to="new">New protocol</ButtonLink> : undefined}
              >
                {manage
                  ? 'The built-ins below work for most prompts. Duplicate one to adapt its sections, stems or rubric.'
                  : 'Prompts use the built-in protocols below.'}
              </EmptyState>
            )}
          </Section>
          <Section
            title="Built-in protocols"
            description={
              manage
                ? 'They ship with OpenHuddle and cannot be changed; duplicate one to make your own version.'
                : 'They ship with OpenHuddle.'
            }
          >
            <div className="protocol-list">
              {builtIns.map((p) => (
                <ProtocolCard key={p.id} protocol={p} actions={actions(p)} />
              ))}
            </div>
          </Section>
        </>
      )}
    </div>
  );
}
