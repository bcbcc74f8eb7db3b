import { useMutation, useQuery } from '@apollo/client/react';
import { HIDE_REASON_MAX, routes } from '@openhuddle/shared';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { NO_ERRORS, toFormErrors, type FormErrors } from '../../app/graphql-errors';
import { useViewer } from '../../app/session';
import { useDocumentTitle } from '../../app/use-document-title';
import {
  DismissReportsDocument,
  HideContentDocument,
  ReportQueueDocument,
  ReportsCohortDocument,
  type ReportQueueQuery,
} from '../../generated/graphql';
import { formatDateTime } from '../../lib/format-date';
import { plural } from '../../lib/plural';
import {
  Alert,
  Breadcrumb,
  Button,
  EmptyState,
  Loading,
  LoadErrorAlert,
  PageHeader,
  Section,
  TextArea,
} from '../../ui';
import { useOrganization } from '../organization/organization-layout';
import { REASON_LABELS, SUBJECT_LABELS } from './moderation-words';
import './moderation.css';

type Reported = ReportQueueQuery['reportQueue'][number];

/** A cohort's open reports, grouped by what they report; facilitators hide (with a reason) or dismiss. */
export function ReportsPage() {
  const organization = useOrganization();
  const { cohortId = '' } = useParams();
  const cohortQuery = useQuery(ReportsCohortDocument, { variables: { id: cohortId } });
  const cohort = cohortQuery.data?.cohort;
  const facilitate = !!cohort?.viewerCan.facilitate;
  const { data, loading, error } = useQuery(ReportQueueDocument, {
    variables: { cohortId },
    skip: !facilitate,
    fetchPolicy: 'cache-and-network',
  });
  useDocumentTitle(cohort ? `Reports · ${cohort.name}` : 'Reports', organization.name);

  if (cohortQuery.loading && !cohort) return <Loading />;
  if (!cohort || !facilitate) {
    return (
      <div className="page page-narrow">
        <PageHeader title="Reports" />
        <EmptyState title="Only this cohort’s facilitators see its reports." />
      </div>
    );
  }
  const queue = data?.reportQueue;
  return (
    <div className="page">
      <Breadcrumb
        trail={[
          { label: organization.name, to: routes.organization(organization.id) },
          { label: cohort.name, to: routes.cohort(organization.id, cohort.id) },
        ]}
        current="Reports"
      />
      <PageHeader
        title="Reports"
        description="What members reported in this cohort. Hiding removes it for everyone; its author sees your reason."
      />
      {loading && !queue ? (
        <Loading label="Loading reports…" />
      ) : !queue ? (
        error && <LoadErrorAlert what="the reports" />
      ) : queue.length === 0 ? (
        <EmptyState title="No open reports">Nothing is waiting for you.</EmptyState>
      ) : (
        <Section title="Open reports" description={plural(queue.length, 'reported item')}>
          <ul className="report-list">
            {queue.map((item) => (
              <ReportedItem
                key={item.content.subjectId}
                item={item}
                organizationId={organization.id}
                cohortId={cohort.id}
              />
            ))}
          </ul>
        </Section>
      )}
    </div>
  );
}

function ReportedItem({
  item,
  organizationId,
  cohortId,
}: {
  item: Reported;
  organizationId: string;
  cohortId: string;
}) {
  const { viewer } = useViewer();
  const { content, reports } = item;
  // The cohort page reads its open count afresh on every visit (cache-and-network): only the queue refetches here.
  const refetch = {
    refetchQueries: [{ query: ReportQueueDocument, variables: { cohortId } }],
    awaitRefetchQueries: true,
  };
  const [hide, hiding] = useMutation(HideContentDocument, refetch);
  const [dismiss, dismissing] = useMutation(DismissReportsDocument, refetch);
  const [hidingOpen, setHidingOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const ref = { subjectType: content.subjectType, subjectId: content.subjectId };
  const run = async (action: () => Promise<unknown>) => {
    setErrors(NO_ERRORS);
    try {
      await action();
    } catch (e) {
      setErrors(toFormErrors(e, ['reason']));
    }
  };
  const what = SUBJECT_LABELS[content.subjectType];
  const headingId = `report-${content.subjectId}`;
  return (
    <li className="card report-item" aria-labelledby={headingId}>
      <h3 id={headingId} className="subheading">
        A {what} by {content.authorName ?? 'an anonymous member'} ·{' '}
        <Link to={routes.contribution(organizationId, content.promptId, content.contributionId)}>open it</Link>
      </h3>
      <blockquote className="report-body">{content.body}</blockquote>
      <h4 className="subheading">{plural(reports.length, 'report')}</h4>
      <ul className="report-reasons">
        {reports.map((r) => (
          <li key={r.id}>
            <strong>{REASON_LABELS[r.reason]}</strong>
            {r.reporterName && ` · ${r.reporterName}`} · {formatDateTime(r.createdAt, viewer?.timeZone)}
            {r.note && <p className="meta">“{r.note}”</p>}
          </li>
        ))}
      </ul>
      {hidingOpen ? (
        <form
          className="form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            if (!reason.trim()) {
              setErrors({ fields: { reason: 'Say why: the author will see it.' }, summary: null, code: null });
              return;
            }
            void run(() => hide({ variables: { input: { ...ref, reason: reason.trim() } } }));
          }}
        >
          <TextArea
            label="Reason (shown to the author)"
            rows={2}
            required
            maxLength={HIDE_REASON_MAX}
            name="reason"
            value={reason}
            error={errors.fields.reason}
            onChange={(e) => setReason(e.target.value)}
          />
          <div className="form-actions">
            <Button type="submit" variant="danger" busy={hiding.loading}>
              Hide for everyone
            </Button>
            <Button variant="ghost" onClick={() => setHidingOpen(false)}>
              Cancel
            </Button>
          </div>
        </form>
      ) : (
        <div className="form-actions">
          <Button variant="danger" size="sm" onClick={() => setHidingOpen(true)}>
            Hide…
          </Button>
          <Button
            variant="secondary"
            size="sm"
            busy={dismissing.loading}
            onClick={() => run(() => dismiss({ variables: { input: ref } }))}
          >
            Dismiss (keep it)
          </Button>
        </div>
      )}
      {errors.summary && <Alert tone="danger">{errors.summary}</Alert>}
    </li>
  );
}
