import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { HUDDLE_LIMITS, routes } from '@openhuddle/shared';
import { useEffect, useRef, useState } from 'react';
import { useParams } from 'react-router';
import { errorCode, toFormErrors } from '../../app/graphql-errors';
import { useViewer } from '../../app/session';
import { useDocumentTitle } from '../../app/use-document-title';
import { useForm } from '../../app/use-form';
import {
  AddActionItemDocument,
  EndHuddleDocument,
  HuddleCohortMembersDocument,
  HuddleDocument,
  JoinHuddleDocument,
  RecordDecisionDocument,
  SetCurrentAgendaItemDocument,
  StartHuddleDocument,
  type AgendaItemFieldsFragment,
  type HuddleQuery,
} from '../../generated/graphql';
import {
  Alert,
  Badge,
  Button,
  ButtonLink,
  EmptyState,
  FormErrorSummary,
  Loading,
  PageHeader,
  Section,
  Select,
  TextField,
  Breadcrumb,
  LoadErrorAlert,
} from '../../ui';
import { safeUrl } from '../contribution/markdown';
import { useOrganization } from '../organization/organization-layout';
import { sortedAgenda } from './agenda-editor';
import { CancelledNotice } from './huddle-manage';
import { HuddleOutcome } from './huddle-outcome';
import {
  AGENDA_KIND_LABELS,
  AGENDA_KIND_TONES,
  HUDDLE_STATUS_LABELS,
  HUDDLE_STATUS_TONES,
  isOpen,
} from './huddle-words';
import { MyNote, OthersNotes } from './live-notes';
import { applyLiveEvent, useHuddleLive } from './use-huddle-live';
import { formatDueOn, formatHuddleTime } from '../../lib/format-date';
import { todayIn } from '../../lib/time-zone';
import '../cohort/learning.css';
import './huddle.css';

type Huddle = HuddleQuery['huddle'];

/** `/o/:organizationId/huddles/:huddleId/live`: the meeting itself; every screen follows the current item. */
export function LivePage() {
  const organization = useOrganization();
  const { viewer } = useViewer();
  const { huddleId = '' } = useParams();
  const { data, loading, error } = useQuery(HuddleDocument, {
    variables: { id: huddleId },
    fetchPolicy: 'cache-and-network',
  });
  const huddle = data?.huddle;
  useHuddleLive(huddle ? huddleId : '');
  useDocumentTitle(huddle ? `Live: ${huddle.title}` : 'Huddle', organization.name);

  // Attendance: everyone who opens the live huddle while it runs is in the minutes.
  const [join] = useMutation(JoinHuddleDocument, { variables: { id: huddleId } });
  const joined = useRef(false);
  const live = huddle?.status === 'LIVE';
  useEffect(() => {
    if (!live || joined.current) return;
    joined.current = true;
    join().catch(() => {
      joined.current = false;
    });
  }, [live, join]);

  if (loading && !huddle) return <Loading />;
  if (!huddle) {
    const notFound = ['NOT_FOUND', 'FORBIDDEN'].includes(errorCode(error) ?? '');
    return (
      <div className="page page-narrow">
        <LoadErrorAlert what="this huddle" title={notFound ? 'Huddle not found' : undefined}>
          {notFound ? 'It does not exist, or you are not in its cohort.' : undefined}
        </LoadErrorAlert>
      </div>
    );
  }
  const joinUrl = huddle.joinUrl ? safeUrl(huddle.joinUrl) : '';

  return (
    <div className="page live-page">
      <Breadcrumb
        trail={[
          { label: organization.name, to: routes.organization(organization.id) },
          { label: huddle.title, to: routes.huddle(organization.id, huddle.id) },
        ]}
        current={'Live'}
      />
      <PageHeader
        eyebrow={
          <>
            {huddle.status === 'ENDED' ? 'Huddle' : 'Live huddle'} ·{' '}
            {formatHuddleTime(huddle.startsAt, huddle.durationMinutes, viewer?.timeZone)}{' '}
            <Badge tone={HUDDLE_STATUS_TONES[huddle.status]}>{HUDDLE_STATUS_LABELS[huddle.status]}</Badge>
          </>
        }
        title={huddle.title}
        actions={
          <>
            {joinUrl && isOpen(huddle) && (
              <a className="btn btn-secondary" href={joinUrl} target="_blank" rel="noopener noreferrer">
                Join the call<span className="visually-hidden"> (opens in a new tab)</span>
              </a>
            )}
            <ButtonLink to={routes.huddle(organization.id, huddle.id)} variant="ghost">
              Brief
            </ButtonLink>
          </>
        }
      />
      {huddle.status === 'SCHEDULED' && <NotStarted huddle={huddle} />}
      {huddle.status === 'CANCELLED' && <CancelledNotice huddle={huddle} />}
      {huddle.status === 'ENDED' && <HuddleOutcome huddle={huddle} organizationId={organization.id} />}
      {huddle.status === 'LIVE' && <LiveRoom huddle={huddle} viewerId={viewer?.id ?? ''} />}
    </div>
  );
}

function NotStarted({ huddle }: { huddle: Huddle }) {
  const [start, { loading }] = useMutation(StartHuddleDocument, {
    variables: { id: huddle.id },
    refetchQueries: [{ query: HuddleDocument, variables: { id: huddle.id } }],
    awaitRefetchQueries: true,
  });
  const [error, setError] = useState<string | null>(null);
  if (!huddle.viewerCan.facilitate) {
    return (
      <Section>
        <EmptyState title="The huddle has not started yet">
          This page follows along by itself once your facilitator starts it. Meanwhile, read the brief.
        </EmptyState>
      </Section>
    );
  }
  return (
    <Section title="Ready when you are" description="Starting opens the first agenda item on everyone’s screen.">
      {huddle.agenda.length === 0 && (
        <Alert tone="warning" className="section-alert">
          The agenda is empty: add items on the brief page, so notes have a place to go.
        </Alert>
      )}
      {error && (
        <Alert tone="danger" className="section-alert">
          {error}
        </Alert>
      )}
      <Button
        busy={loading}
        onClick={async () => {
          setError(null);
          try {
            await start();
          } catch (e) {
            setError(toFormErrors(e).summary);
          }
        }}
      >
        Start huddle
      </Button>
    </Section>
  );
}

function LiveRoom({ huddle, viewerId }: { huddle: Huddle; viewerId: string }) {
  const items = sortedAgenda(huddle);
  const index = items.findIndex((i) => i.id === huddle.currentAgendaItemId);
  const current = index >= 0 ? items[index] : null;
  const facilitate = huddle.viewerCan.facilitate;
  return (
    <div className="live-layout">
      <LiveAgenda huddle={huddle} items={items} currentIndex={index} />
      <div className="live-current">
        <Section>
          <p className="live-announcer" role="status" aria-live="polite" aria-atomic="true">
            {current ? `Now discussing item ${index + 1} of ${items.length}: ${current.title}` : 'No item is open.'}
          </p>
          <h2 className="live-current-title">{current ? current.title : 'Between items'}</h2>
          {current && (
            <p className="meta">
              <Badge tone={AGENDA_KIND_TONES[current.kind]}>{AGENDA_KIND_LABELS[current.kind]}</Badge>
              {current.timeBoxMinutes != null && <> · {current.timeBoxMinutes} min</>}
            </p>
          )}
          {facilitate && <FacilitatorControls huddle={huddle} items={items} index={index} />}
        </Section>
        {current ? (
          <CurrentItem huddle={huddle} item={current} viewerId={viewerId} />
        ) : (
          <Section>
            <p className="meta">
              {facilitate
                ? 'Open an agenda item to take notes on it.'
                : 'Your facilitator will open the next item in a moment.'}
            </p>
          </Section>
        )}
      </div>
    </div>
  );
}

function LiveAgenda({
  huddle,
  items,
  currentIndex,
}: {
  huddle: Huddle;
  items: AgendaItemFieldsFragment[];
  currentIndex: number;
}) {
  const [go] = useMutation(SetCurrentAgendaItemDocument);
  return (
    <Section title="Agenda" className="live-agenda">
      {items.length === 0 ? (
        <p className="meta">No agenda items.</p>
      ) : (
        <ol className="agenda-list">
          {items.map((item, i) => (
            <li key={item.id} className="agenda-item" aria-current={i === currentIndex ? 'step' : undefined}>
              <span className="agenda-item-number" aria-hidden="true">
                {i + 1}
              </span>
              <div className="agenda-item-main">
                {huddle.viewerCan.facilitate && i !== currentIndex ? (
                  <button
                    type="button"
                    className="link-button agenda-item-title"
                    onClick={() => void go({ variables: { huddleId: huddle.id, agendaItemId: item.id } })}
                  >
                    {item.title}
                    <span className="visually-hidden"> (open this item)</span>
                  </button>
                ) : (
                  <span className="agenda-item-title">
                    {item.title}
                    {i === currentIndex && <span className="visually-hidden"> (current)</span>}
                  </span>
                )}
                {item.timeBoxMinutes != null && <span className="meta">{item.timeBoxMinutes} min</span>}
              </div>
            </li>
          ))}
        </ol>
      )}
    </Section>
  );
}

function FacilitatorControls({
  huddle,
  items,
  index,
}: {
  huddle: Huddle;
  items: AgendaItemFieldsFragment[];
  index: number;
}) {
  const [go] = useMutation(SetCurrentAgendaItemDocument);
  const [end, { loading: ending }] = useMutation(EndHuddleDocument, {
    variables: { id: huddle.id },
    refetchQueries: [{ query: HuddleDocument, variables: { id: huddle.id } }],
    awaitRefetchQueries: true,
  });
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const open = async (target: number) => {
    const item = items[target];
    if (!item) return;
    setError(null);
    try {
      await go({
        variables: { huddleId: huddle.id, agendaItemId: item.id },
        optimisticResponse: {
          setCurrentAgendaItem: { __typename: 'Huddle', id: huddle.id, currentAgendaItemId: item.id },
        },
      });
      // At either end the button just used is disabled: keep keyboard focus on the other one.
      if (target === items.length - 1) document.getElementById('live-previous')?.focus();
      else if (target === 0) document.getElementById('live-next')?.focus();
    } catch (e) {
      setError(toFormErrors(e).summary);
    }
  };
  return (
    <div className="stack-tight">
      <div className="live-nav">
        <Button id="live-previous" variant="secondary" disabled={index <= 0} onClick={() => void open(index - 1)}>
          ← Previous
        </Button>
        <Button
          id="live-next"
          disabled={index >= items.length - 1}
          onClick={() => void open(index < 0 ? 0 : index + 1)}
        >
          {index < 0 ? 'Open first item' : 'Next item →'}
        </Button>
        <span className="live-nav-spacer" />
        {confirming ? (
          <span className="end-confirm" role="group" aria-label="End the huddle?">
            <span>End for everyone and post the minutes?</span>
            <Button
              variant="danger"
              busy={ending}
              autoFocus
              onClick={async () => {
                setError(null);
                try {
                  await end();
                } catch (e) {
                  setError(toFormErrors(e).summary);
                }
              }}
            >
              Yes, end huddle
            </Button>
            <Button variant="ghost" onClick={() => setConfirming(false)}>
              Keep going
            </Button>
          </span>
        ) : (
          <Button variant="ghost" onClick={() => setConfirming(true)}>
            End huddle
          </Button>
        )}
      </div>
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

function CurrentItem({ huddle, item, viewerId }: { huddle: Huddle; item: AgendaItemFieldsFragment; viewerId: string }) {
  const notes = huddle.notes.filter((n) => n.agendaItemId === item.id);
  const mine = notes.find((n) => n.author.id === viewerId);
  const others = notes.filter((n) => n.author.id !== viewerId && n.body.trim());
  const decisions = huddle.decisions.filter((d) => d.agendaItemId === item.id);
  // ActionItem has no agendaItemId in the API, so the list shows the whole huddle's.
  const actions = huddle.actionItems;
  const facilitate = huddle.viewerCan.facilitate;
  return (
    <>
      <Section title="Notes" description="Each person writes their own block; they all go into the minutes.">
        <MyNote key={item.id} huddleId={huddle.id} agendaItemId={item.id} itemTitle={item.title} mine={mine} />
        <h3 className="live-section-title">Everyone else</h3>
        <OthersNotes notes={others} />
      </Section>
      <Section title="Decisions">
        {decisions.length === 0 ? (
          <p className="meta">No decision on this item yet.</p>
        ) : (
          <ul className="record-list">
            {decisions.map((d) => (
              <li key={d.id} className="record-item">
                <span className="record-text">{d.text}</span>
              </li>
            ))}
          </ul>
        )}
        {facilitate && <DecisionForm huddleId={huddle.id} agendaItemId={item.id} />}
      </Section>
      <Section title="Action items" description="For the whole huddle; each lands in its owner’s action items.">
        {actions.length === 0 ? (
          <p className="meta">No action items yet.</p>
        ) : (
          <ul className="record-list">
            {actions.map((a) => (
              <li key={a.id} className="record-item">
                <div>
                  <p className="record-text">{a.text}</p>
                  <p className="meta">
                    {a.owner.displayName}
                    {a.dueOn && ` · due ${formatDueOn(a.dueOn)}`}
                  </p>
                </div>
              </li>
            ))}
          </ul>
        )}
        {facilitate && <ActionItemForm huddle={huddle} agendaItemId={item.id} />}
      </Section>
    </>
  );
}

function DecisionForm({ huddleId, agendaItemId }: { huddleId: string; agendaItemId: string }) {
  const client = useApolloClient();
  const form = useForm({ text: '' });
  const [record, { loading }] = useMutation(RecordDecisionDocument);
  return (
    <form
      className="record-form"
      noValidate
      aria-label="Record a decision"
      onSubmit={async (e) => {
        e.preventDefault();
        const text = form.values.text.trim();
        if (!text) {
          form.setErrors({ fields: { text: 'Write the decision.' }, summary: null, code: 'BAD_USER_INPUT' });
          return;
        }
        await form.submit(async () => {
          const { data } = await record({ variables: { input: { huddleId, agendaItemId, text } } });
          if (data)
            applyLiveEvent(client, huddleId, {
              __typename: 'HuddleLiveEvent',
              huddleId,
              kind: 'DECISION_RECORDED',
              currentAgendaItemId: null,
              note: null,
              decision: data.recordDecision,
              actionItem: null,
            });
          form.setValues({ text: '' });
        });
      }}
    >
      <TextField label="Decision" maxLength={HUDDLE_LIMITS.decisionMax} autoComplete="off" {...form.bind('text')} />
      <FormErrorSummary errors={form.errors} />
      <div className="form-actions">
        <Button type="submit" variant="secondary" size="sm" busy={loading}>
          Record decision
        </Button>
      </div>
    </form>
  );
}

function ActionItemForm({ huddle, agendaItemId }: { huddle: Huddle; agendaItemId: string }) {
  const client = useApolloClient();
  const { viewer } = useViewer();
  const { data } = useQuery(HuddleCohortMembersDocument, { variables: { id: huddle.cohortId } });
  const people = [...(data?.cohort.members ?? [])]
    .filter((m) => m.role !== 'OBSERVER')
    .sort((a, b) => a.user.displayName.localeCompare(b.user.displayName));
  const form = useForm({ text: '', ownerId: '', dueOn: '' });
  const [add, { loading }] = useMutation(AddActionItemDocument);
  return (
    <form
      className="record-form"
      noValidate
      aria-label="Add an action item"
      onSubmit={async (e) => {
        e.preventDefault();
        const text = form.values.text.trim();
        const missing = {
          ...(text ? {} : { text: 'Say what needs doing.' }),
          ...(form.values.ownerId ? {} : { ownerId: 'Pick who owns it.' }),
        };
        if (Object.keys(missing).length) {
          form.setErrors({ fields: missing, summary: null, code: 'BAD_USER_INPUT' });
          return;
        }
        await form.submit(async () => {
          const { data: result } = await add({
            variables: {
              input: {
                huddleId: huddle.id,
                agendaItemId,
                ownerId: form.values.ownerId,
                text,
                dueOn: form.values.dueOn || null,
              },
            },
          });
          if (result)
            applyLiveEvent(client, huddle.id, {
              __typename: 'HuddleLiveEvent',
              huddleId: huddle.id,
              kind: 'ACTION_ITEM_ADDED',
              currentAgendaItemId: null,
              note: null,
              decision: null,
              actionItem: result.addActionItem,
            });
          form.setValues((v) => ({ ...v, text: '', dueOn: '' }));
        });
      }}
    >
      <TextField
        label="Action item"
        maxLength={HUDDLE_LIMITS.actionItemMax}
        autoComplete="off"
        {...form.bind('text')}
      />
      <div className="record-form-row">
        <Select
          label="Owner"
          options={[
            { value: '', label: people.length ? 'Choose someone…' : 'Loading people…' },
            ...people.map((m) => ({ value: m.user.id, label: m.user.displayName })),
          ]}
          {...form.bind('ownerId')}
        />
        <TextField label="Due (optional)" type="date" min={todayIn(viewer?.timeZone)} {...form.bind('dueOn')} />
      </div>
      <FormErrorSummary errors={form.errors} />
      <div className="form-actions">
        <Button type="submit" variant="secondary" size="sm" busy={loading}>
          Add action item
        </Button>
      </div>
    </form>
  );
}
