import { routes } from '@openhuddle/shared';
import { useMutation, useQuery } from '@apollo/client/react';
import { useMemo, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { toFormErrors, NO_ERRORS, type FormErrors } from '../../app/graphql-errors';
import { useDocumentTitle } from '../../app/use-document-title';
import {
  CreatePlanDocument,
  PlanDocument,
  SetPlanItemStatusDocument,
  type PlanChangeFieldsFragment,
  type PlanItemFieldsFragment,
  type PlanItemStatus,
} from '../../generated/graphql';
import { formatDateTime, formatDueOn } from '../../lib/format-date';
import {
  Badge,
  Button,
  EmptyState,
  FormErrorSummary,
  Loading,
  LoadErrorAlert,
  PageHeader,
  Section,
  Select,
  TextField,
} from '../../ui';
import { useOrganization } from '../organization/organization-layout';
import { MeasureChart } from './measure-chart';
import { PlanItemForm } from './plan-item-form';
import {
  buildTree,
  CHILD_KIND,
  changeSentence,
  filterByOwner,
  KIND_WORDS,
  STATUS_ORDER,
  STATUS_WORDS,
  type PlanNode,
} from './plan-words';
import './plan.css';

/** `/o/:organizationId/plan`: the organisation's plan and how it is going; every member sees it. */
export function PlanPage() {
  const organization = useOrganization();
  useDocumentTitle('Plan', organization.name);
  const { data, loading, error } = useQuery(PlanDocument, {
    variables: { organizationId: organization.id },
    fetchPolicy: 'cache-and-network',
  });
  const [ownerId, setOwnerId] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const [addingGoal, setAddingGoal] = useState(false);
  const plan = data?.plan;
  const tree = useMemo(() => buildTree(plan?.items ?? []), [plan?.items]);
  const owners = useMemo(() => {
    const byId = new Map<string, string>();
    for (const item of plan?.items ?? []) for (const o of item.owners) byId.set(o.id, o.name);
    return [...byId].sort((a, b) => a[1].localeCompare(b[1]));
  }, [plan?.items]);
  const shown = ownerId ? filterByOwner(tree, ownerId) : tree;
  const canEdit = plan?.viewerCan.edit ?? false;

  if (loading && !data) return <Loading />;
  if (!data) return <LoadErrorAlert what="the plan">{error ? undefined : null}</LoadErrorAlert>;

  if (!plan) {
    return (
      <div className="page page-narrow">
        <PageHeader eyebrow={organization.name} title="Plan" />
        {organization.viewerRole === 'ADMIN' || organization.viewerRole === 'OWNER' ? (
          <CreatePlanForm organizationId={organization.id} />
        ) : (
          <EmptyState title="No plan yet">
            When your leadership team sets goals, they show up here for everyone.
          </EmptyState>
        )}
      </div>
    );
  }

  return (
    <div className="page plan-page">
      <PageHeader
        eyebrow={organization.name}
        title={plan.title}
        description={
          plan.description || 'Goals, the strategies that serve them and the action steps that carry them out.'
        }
      />
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      <div className="plan-layout">
        <div className="plan-main">
          <div className="plan-toolbar">
            <Select
              label="Owner"
              name="ownerFilter"
              options={[{ value: '', label: 'Everyone' }, ...owners.map(([id, name]) => ({ value: id, label: name }))]}
              value={ownerId}
              onChange={(e) => setOwnerId(e.target.value)}
            />
            {canEdit && !addingGoal && (
              <Button variant="secondary" onClick={() => setAddingGoal(true)}>
                Add a goal
              </Button>
            )}
          </div>
          {addingGoal && (
            <div className="card plan-card">
              <PlanItemForm
                organizationId={organization.id}
                planId={plan.id}
                kind="GOAL"
                onDone={(message) => {
                  setAddingGoal(false);
                  if (message) setAnnouncement(message);
                }}
              />
            </div>
          )}
          {shown.length === 0 ? (
            <EmptyState title={ownerId ? 'Nothing for this owner' : 'No goals yet'}>
              {ownerId ? 'Pick another owner, or everyone.' : canEdit ? 'Add the first goal.' : 'Goals show up here.'}
            </EmptyState>
          ) : (
            <ol className="plan-tree" aria-label="Goals">
              {shown.map((node) => (
                <PlanNodeView
                  key={node.item.id}
                  node={node}
                  organizationId={organization.id}
                  planId={plan.id}
                  onAnnounce={setAnnouncement}
                />
              ))}
            </ol>
          )}
        </div>
        <aside className="plan-aside" aria-labelledby="plan-changes-heading">
          <ChangesThisMonth changes={plan.changesThisMonth} organizationId={organization.id} />
        </aside>
      </div>
    </div>
  );
}

function ChangesThisMonth({
  changes,
  organizationId,
}: {
  changes: readonly PlanChangeFieldsFragment[];
  organizationId: string;
}) {
  return (
    <section className="card plan-changes">
      <h2 id="plan-changes-heading" className="card-title">
        What changed this month
      </h2>
      {changes.length === 0 ? (
        <p className="meta">Nothing yet this month.</p>
      ) : (
        <ul className="plan-change-list">
          {changes.slice(0, 15).map((change) => (
            <li key={change.id}>
              {change.itemId ? (
                <Link to={routes.planItem(organizationId, change.itemId)}>{changeSentence(change)}</Link>
              ) : (
                changeSentence(change)
              )}
              <span className="meta"> · {formatDateTime(change.createdAt)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function PlanNodeView({
  node,
  organizationId,
  planId,
  onAnnounce,
}: {
  node: PlanNode;
  organizationId: string;
  planId: string;
  onAnnounce: (text: string) => void;
}) {
  const { item } = node;
  const childKind = CHILD_KIND[item.kind];
  const [adding, setAdding] = useState(false);
  return (
    <li className={`plan-node plan-node-${item.kind.toLowerCase()}`}>
      <PlanItemCard item={item} organizationId={organizationId} onAnnounce={onAnnounce} />
      {(node.children.length > 0 || adding) && (
        <ol className="plan-tree plan-subtree" aria-label={`Under “${item.title}”`}>
          {node.children.map((child) => (
            <PlanNodeView
              key={child.item.id}
              node={child}
              organizationId={organizationId}
              planId={planId}
              onAnnounce={onAnnounce}
            />
          ))}
        </ol>
      )}
      {childKind && item.viewerCan.edit && (
        <div className="plan-add-child">
          {adding ? (
            <div className="card plan-card">
              <PlanItemForm
                organizationId={organizationId}
                planId={planId}
                kind={childKind}
                parentId={item.id}
                onDone={(message) => {
                  setAdding(false);
                  if (message) onAnnounce(message);
                }}
              />
            </div>
          ) : (
            <Button size="sm" variant="ghost" onClick={() => setAdding(true)}>
              Add {childKind === 'STRATEGY' ? 'a strategy' : 'an action step'}
              <span className="visually-hidden"> to “{item.title}”</span>
            </Button>
          )}
        </div>
      )}
    </li>
  );
}

export function StatusBadge({ status }: { status: PlanItemStatus }) {
  const words = STATUS_WORDS[status];
  return <Badge tone={words.tone}>{words.label}</Badge>;
}

/** One item: kind, title (to its page), status, owners, dates, latest evidence and its measure. */
export function PlanItemCard({
  item,
  organizationId,
  onAnnounce,
  headingLevel = 3,
}: {
  item: PlanItemFieldsFragment;
  organizationId: string;
  onAnnounce: (text: string) => void;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const evidence = item.latestEvidence;
  return (
    <article className="card plan-card" aria-labelledby={`plan-item-${item.id}`}>
      <div className="plan-card-head">
        <div>
          <p className="plan-kind">{KIND_WORDS[item.kind]}</p>
          <Heading id={`plan-item-${item.id}`} className="plan-card-title">
            <Link to={routes.planItem(organizationId, item.id)}>{item.title}</Link>
          </Heading>
        </div>
        <StatusBadge status={item.status} />
      </div>
      <p className="meta">
        {item.owners.length ? `Owner: ${item.owners.map((o) => o.name).join(', ')}` : 'No owner yet'}
        {item.startsOn && ` · from ${formatDueOn(item.startsOn)}`}
        {item.dueOn && ` · due ${formatDueOn(item.dueOn)}`}
        {` · ${item.evidenceCount} evidence · ${item.commentCount} feedback`}
      </p>
      {evidence && (
        <p className="plan-latest-evidence">
          <span className="meta">Latest evidence: </span>
          <EvidenceSummary evidence={evidence} unit={item.measure?.unit} organizationId={organizationId} />
        </p>
      )}
      {item.measure && <MeasureChart measure={item.measure} title={item.title} />}
      {item.viewerCan.updateProgress && <StatusControl item={item} onAnnounce={onAnnounce} />}
    </article>
  );
}

export function EvidenceSummary({
  evidence,
  unit,
  organizationId,
}: {
  evidence: NonNullable<PlanItemFieldsFragment['latestEvidence']>;
  unit?: string | null;
  organizationId: string;
}) {
  switch (evidence.kind) {
    case 'CONTRIBUTION':
      return evidence.contribution ? (
        <Link to={routes.prompt(organizationId, evidence.contribution.promptId)}>
          “{evidence.contribution.excerpt}” ({evidence.contribution.promptTitle})
        </Link>
      ) : (
        <span>A contribution</span>
      );
    case 'LINK':
      return evidence.url ? (
        <a href={evidence.url} rel="noreferrer noopener" target="_blank">
          {evidence.note || evidence.url}
        </a>
      ) : (
        <span>{evidence.note}</span>
      );
    case 'MEASURE_VALUE':
      return (
        <span>
          {evidence.value !== null &&
            (unit === '%' ? `${evidence.value}%` : `${evidence.value}${unit ? ` ${unit}` : ''}`)}
          {evidence.measuredOn && ` on ${formatDueOn(evidence.measuredOn)}`}
          {evidence.note && ` — ${evidence.note}`}
        </span>
      );
    default:
      return <span>{evidence.note}</span>;
  }
}

function StatusControl({ item, onAnnounce }: { item: PlanItemFieldsFragment; onAnnounce: (text: string) => void }) {
  const organization = useOrganization();
  const [setStatus, { loading }] = useMutation(SetPlanItemStatusDocument);
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="plan-status-control">
      <Select
        label={`Status of “${item.title}”`}
        hideLabel
        name="status"
        disabled={loading}
        value={item.status}
        options={STATUS_ORDER.map((s) => ({ value: s, label: STATUS_WORDS[s].label }))}
        error={error}
        onChange={async (e) => {
          const status = e.target.value as PlanItemStatus;
          setError(null);
          try {
            await setStatus({ variables: { input: { organizationId: organization.id, itemId: item.id, status } } });
            onAnnounce(`“${item.title}” is now ${STATUS_WORDS[status].label.toLowerCase()}.`);
          } catch (err) {
            setError(toFormErrors(err).summary);
          }
        }}
      />
    </div>
  );
}

function CreatePlanForm({ organizationId }: { organizationId: string }) {
  const [create, { loading }] = useMutation(CreatePlanDocument, {
    refetchQueries: [{ query: PlanDocument, variables: { organizationId } }],
  });
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setErrors(NO_ERRORS);
    try {
      await create({ variables: { input: { organizationId, title: String(form.get('title') ?? '').trim() } } });
    } catch (e) {
      setErrors(toFormErrors(e, ['title']));
    }
  }
  return (
    <Section title="Start the plan" description="Name the plan; then add its goals, strategies and action steps.">
      <form className="stack" onSubmit={submit} noValidate>
        <FormErrorSummary errors={errors} />
        <TextField label="Plan title" name="title" required error={errors.fields.title} />
        <div>
          <Button type="submit" busy={loading}>
            Start the plan
          </Button>
        </div>
      </form>
    </Section>
  );
}
