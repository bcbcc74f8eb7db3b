import { routes } from '@openhuddle/shared';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { toFormErrors } from '../../app/graphql-errors';
import { useDocumentTitle } from '../../app/use-document-title';
import {
  ActionItemCohortsDocument,
  CompleteActionItemDocument,
  MyActionItemsDocument,
  type ActionItemFieldsFragment,
} from '../../generated/graphql';
import { Badge, Button, EmptyState, Loading, PageHeader, Section, LoadErrorAlert } from '../../ui';
import { useOrganization } from '../organization/organization-layout';
import { TurnIntoPrompt } from './huddle-outcome';
import { formatDueOn } from '../../lib/format-date';
import '../cohort/learning.css';
import './huddle.css';

/** `/o/:organizationId/actions`: what the viewer agreed to do in huddles, soonest due first. */
export function ActionItemsPage() {
  const organization = useOrganization();
  useDocumentTitle('My action items', organization.name);
  const { data, loading, error } = useQuery(MyActionItemsDocument, {
    variables: { organizationId: organization.id },
    fetchPolicy: 'cache-and-network',
  });
  const { data: cohortData } = useQuery(ActionItemCohortsDocument, { variables: { organizationId: organization.id } });
  const cohorts = new Map((cohortData?.cohorts ?? []).map((c) => [c.id, c]));
  const items = data?.myActionItems;
  const [announcement, setAnnouncement] = useState('');

  return (
    <div className="page page-narrow">
      <PageHeader
        eyebrow={organization.name}
        title="My action items"
        description="What you agreed to do in huddles. Tick them off as you go; facilitators can turn one into the next prompt."
      />
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      {loading && !items ? (
        <Loading />
      ) : !items ? (
        <LoadErrorAlert what="your action items">{error ? undefined : null}</LoadErrorAlert>
      ) : (
        <Section title="Open" description={items.length ? 'Soonest due first.' : undefined}>
          {items.length === 0 ? (
            <EmptyState title="Nothing to do">Action items from your huddles show up here.</EmptyState>
          ) : (
            <ul className="record-list">
              {items.map((item) => (
                <ActionItemRow
                  key={item.id}
                  item={item}
                  organizationId={organization.id}
                  cohortName={cohorts.get(item.cohortId)?.name}
                  facilitate={cohorts.get(item.cohortId)?.viewerCan.facilitate ?? false}
                  onAnnounce={setAnnouncement}
                />
              ))}
            </ul>
          )}
        </Section>
      )}
    </div>
  );
}

function ActionItemRow({
  item,
  organizationId,
  cohortName,
  facilitate,
  onAnnounce,
}: {
  item: ActionItemFieldsFragment;
  organizationId: string;
  cohortName?: string;
  facilitate: boolean;
  onAnnounce: (text: string) => void;
}) {
  const [complete, { loading }] = useMutation(CompleteActionItemDocument);
  const [error, setError] = useState<string | null>(null);
  const done = Boolean(item.doneAt);
  const overdue = !done && item.dueOn && item.dueOn < new Date().toISOString().slice(0, 10);
  return (
    <li className={done ? 'record-item record-item-done' : 'record-item'}>
      <div>
        <p className="record-text">{item.text}</p>
        <p className="meta">
          {item.dueOn ? `Due ${formatDueOn(item.dueOn)}` : 'No due date'}
          {cohortName && ` · ${cohortName}`} ·{' '}
          <Link to={routes.huddle(organizationId, item.huddleId)}>From the huddle</Link>
        </p>
        {error && (
          <p role="alert" className="field-error">
            {error}
          </p>
        )}
      </div>
      <div className="agenda-item-controls">
        {overdue && <Badge tone="warning">Overdue</Badge>}
        <TurnIntoPrompt item={item} organizationId={organizationId} facilitate={facilitate} />
        <Button
          size="sm"
          variant={done ? 'ghost' : 'secondary'}
          busy={loading}
          onClick={async () => {
            setError(null);
            try {
              await complete({ variables: { id: item.id, done: !done } });
              onAnnounce(done ? `“${item.text}” is open again.` : `Done: “${item.text}”.`);
            } catch (e) {
              setError(toFormErrors(e).summary);
            }
          }}
        >
          {done ? 'Undo' : 'Mark done'}
          <span className="visually-hidden"> “{item.text}”</span>
        </Button>
      </div>
    </li>
  );
}
