import { routes } from '@openhuddle/shared';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { toFormErrors, NO_ERRORS, type FormErrors } from '../../app/graphql-errors';
import { useDocumentTitle } from '../../app/use-document-title';
import {
  AddPlanEvidenceDocument,
  CommentOnPlanItemDocument,
  DeletePlanItemDocument,
  PlanItemDocument,
  type PlanEvidenceKind,
  type PlanItemFieldsFragment,
} from '../../generated/graphql';
import { formatDateTime } from '../../lib/format-date';
import {
  Breadcrumb,
  Button,
  FormErrorSummary,
  Loading,
  LoadErrorAlert,
  Section,
  Select,
  TextArea,
  TextField,
} from '../../ui';
import { useOrganization } from '../organization/organization-layout';
import { PlanItemForm } from './plan-item-form';
import { EvidenceSummary, PlanItemCard } from './plan-page';
import { changeSentence, KIND_WORDS } from './plan-words';
import './plan.css';

/** `/o/:organizationId/plan/items/:itemId`: one item with its evidence, feedback and change history. */
export function PlanItemPage() {
  const organization = useOrganization();
  const { itemId = '' } = useParams();
  const input = { organizationId: organization.id, itemId };
  const { data, loading, error, refetch } = useQuery(PlanItemDocument, {
    variables: { input },
    fetchPolicy: 'cache-and-network',
  });
  const detail = data?.planItem;
  useDocumentTitle(detail?.item.title ?? 'Plan item', organization.name);
  const [announcement, setAnnouncement] = useState('');
  const [editing, setEditing] = useState(false);
  const navigate = useNavigate();
  const [remove, { loading: removing }] = useMutation(DeletePlanItemDocument);

  if (loading && !detail) return <Loading />;
  if (!detail) return <LoadErrorAlert what="this plan item">{error ? undefined : null}</LoadErrorAlert>;
  const { item } = detail;
  const announce = (text: string) => {
    setAnnouncement(text);
    void refetch();
  };

  return (
    <div className="page page-narrow plan-page">
      <Breadcrumb
        trail={[
          { label: detail.planTitle, to: routes.plan(organization.id) },
          ...detail.ancestors.map((a) => ({ label: a.title, to: routes.planItem(organization.id, a.id) })),
        ]}
        current={item.title}
      />
      <h1 className="visually-hidden">
        {KIND_WORDS[item.kind]}: {item.title}
      </h1>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      {editing ? (
        <div className="card plan-card">
          <PlanItemForm
            organizationId={organization.id}
            planId={item.planId}
            kind={item.kind}
            item={item}
            onDone={(message) => {
              setEditing(false);
              if (message) announce(message);
            }}
          />
        </div>
      ) : (
        <PlanItemCard item={item} organizationId={organization.id} onAnnounce={announce} headingLevel={2} />
      )}
      {item.description && <p className="plan-description">{item.description}</p>}
      {item.viewerCan.edit && !editing && (
        <div className="plan-form-actions">
          <Button variant="secondary" onClick={() => setEditing(true)}>
            Edit {KIND_WORDS[item.kind].toLowerCase()}
          </Button>
          <Button
            variant="ghost"
            busy={removing}
            onClick={async () => {
              if (!window.confirm(`Delete “${item.title}” and everything under it?`)) return;
              await remove({ variables: { input } });
              void navigate(routes.plan(organization.id));
            }}
          >
            Delete
          </Button>
        </div>
      )}

      {detail.children.length > 0 && (
        <Section title={item.kind === 'GOAL' ? 'Strategies' : 'Action steps'}>
          <ul className="plan-tree">
            {detail.children.map((child) => (
              <li key={child.id}>
                <PlanItemCard item={child} organizationId={organization.id} onAnnounce={announce} />
              </li>
            ))}
          </ul>
        </Section>
      )}

      <Section title="Evidence" description="Newest first. Contributions show only to those who may see them.">
        {item.viewerCan.updateProgress && <AddEvidenceForm item={item} onDone={announce} />}
        {detail.evidence.nodes.length === 0 ? (
          <p className="meta">No evidence yet.</p>
        ) : (
          <ul className="plan-list">
            {detail.evidence.nodes.map((e) => (
              <li key={e.id}>
                <EvidenceSummary evidence={e} unit={item.measure?.unit} organizationId={organization.id} />
                <span className="meta">
                  {' '}
                  · {e.author?.displayName ?? 'Someone'} · {formatDateTime(e.createdAt)}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section title="Feedback">
        {detail.comments.nodes.length === 0 ? (
          <p className="meta">No feedback yet.</p>
        ) : (
          <ol className="plan-list">
            {detail.comments.nodes.map((c) => (
              <li key={c.id}>
                <p className="plan-comment-body">{c.body}</p>
                <p className="meta">
                  {c.author?.displayName ?? 'Someone'} · {formatDateTime(c.createdAt)}
                </p>
              </li>
            ))}
          </ol>
        )}
        {item.viewerCan.comment && <CommentForm item={item} onDone={announce} />}
      </Section>

      <Section title="Change history">
        {detail.history.length === 0 ? (
          <p className="meta">No changes yet.</p>
        ) : (
          <ol className="plan-list">
            {detail.history.map((change) => (
              <li key={change.id}>
                {changeSentence(change)}
                <span className="meta"> · {formatDateTime(change.createdAt)}</span>
              </li>
            ))}
          </ol>
        )}
      </Section>
    </div>
  );
}

const EVIDENCE_FIELDS = ['value', 'url', 'note', 'contributionId', 'measuredOn'] as const;

function AddEvidenceForm({ item, onDone }: { item: PlanItemFieldsFragment; onDone: (text: string) => void }) {
  const organization = useOrganization();
  const [kind, setKind] = useState<PlanEvidenceKind>(item.measure ? 'MEASURE_VALUE' : 'LINK');
  const [add, { loading }] = useMutation(AddPlanEvidenceDocument);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const options = [
    ...(item.measure ? [{ value: 'MEASURE_VALUE', label: `A value of “${item.measure.name}”` }] : []),
    { value: 'LINK', label: 'A link (a file or page)' },
    { value: 'CONTRIBUTION', label: 'A contribution' },
    { value: 'NOTE', label: 'A note' },
  ];
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    setErrors(NO_ERRORS);
    try {
      await add({
        variables: {
          input: {
            organizationId: organization.id,
            itemId: item.id,
            kind,
            note: text('note'),
            value: kind === 'MEASURE_VALUE' && text('value') !== '' ? Number(text('value')) : null,
            measuredOn: kind === 'MEASURE_VALUE' ? text('measuredOn') || null : null,
            url: kind === 'LINK' ? text('url') || null : null,
            contributionId: kind === 'CONTRIBUTION' ? text('contributionId') || null : null,
          },
        },
      });
      formElement.reset();
      onDone('Evidence added.');
    } catch (e) {
      setErrors(toFormErrors(e, EVIDENCE_FIELDS));
    }
  }
  return (
    <form className="card plan-card stack" onSubmit={submit} noValidate aria-label="Add evidence">
      <FormErrorSummary errors={errors} />
      <Select
        label="Evidence"
        name="kind"
        options={options}
        value={kind}
        onChange={(e) => setKind(e.target.value as PlanEvidenceKind)}
      />
      {kind === 'MEASURE_VALUE' && (
        <div className="plan-form-row">
          <TextField label="Value" name="value" inputMode="decimal" required error={errors.fields.value} />
          <TextField label="Measured on" name="measuredOn" type="date" error={errors.fields.measuredOn} />
        </div>
      )}
      {kind === 'LINK' && <TextField label="Address" name="url" type="url" required error={errors.fields.url} />}
      {kind === 'CONTRIBUTION' && (
        <TextField
          label="Contribution id"
          name="contributionId"
          hint="From the contribution's “Copy link”; only contributions you can see are accepted."
          required
          error={errors.fields.contributionId}
        />
      )}
      <TextField label="Note" name="note" required={kind === 'NOTE'} error={errors.fields.note} />
      <div>
        <Button type="submit" busy={loading}>
          Add evidence
        </Button>
      </div>
    </form>
  );
}

function CommentForm({ item, onDone }: { item: PlanItemFieldsFragment; onDone: (text: string) => void }) {
  const organization = useOrganization();
  const [comment, { loading }] = useMutation(CommentOnPlanItemDocument);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [body, setBody] = useState('');
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setErrors(NO_ERRORS);
    try {
      await comment({ variables: { input: { organizationId: organization.id, itemId: item.id, body: body.trim() } } });
      setBody('');
      onDone('Feedback posted.');
    } catch (e) {
      setErrors(toFormErrors(e, ['body']));
    }
  }
  return (
    <form className="stack" onSubmit={submit} noValidate>
      <FormErrorSummary errors={errors} />
      <TextArea
        label="Your feedback"
        name="body"
        rows={3}
        value={body}
        onChange={(e) => setBody(e.target.value)}
        error={errors.fields.body}
      />
      <div>
        <Button type="submit" busy={loading}>
          Post feedback
        </Button>
      </div>
    </form>
  );
}
