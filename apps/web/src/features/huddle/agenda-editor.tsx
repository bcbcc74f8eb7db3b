import { useMutation } from '@apollo/client/react';
import { HUDDLE_LIMITS } from '@openhuddle/shared';
import { useEffect, useRef, useState } from 'react';
import { toFormErrors } from '../../app/graphql-errors';
import { useForm } from '../../app/use-form';
import {
  AddAgendaItemDocument,
  HuddleDocument,
  RemoveAgendaItemDocument,
  ReorderAgendaDocument,
  SuggestAgendaDocument,
  UpdateAgendaItemDocument,
  type AgendaItemFieldsFragment,
  type HuddleQuery,
} from '../../generated/graphql';
import { Alert, Badge, Button, EmptyState, FormErrorSummary, Section, TextField } from '../../ui';
import { AGENDA_KIND_LABELS, AGENDA_KIND_TONES } from './huddle-words';
import { HeldBackSuggestions } from './held-back-suggestions';

type Huddle = HuddleQuery['huddle'];

export function sortedAgenda(huddle: Pick<Huddle, 'agenda'>): AgendaItemFieldsFragment[] {
  return [...huddle.agenda].sort((a, b) => a.position - b.position);
}

const moveButtonId = (id: string, direction: -1 | 1) => `agenda-${direction === -1 ? 'up' : 'down'}-${id}`;

function minutesOf(value: string): number | null {
  const n = Number(value);
  return value.trim() && Number.isFinite(n) ? Math.round(n) : null;
}

/** The agenda: facilitators build it (suggested from the brief, or by hand); everyone else reads it. */
export function AgendaEditor({ huddle }: { huddle: Huddle }) {
  const items = sortedAgenda(huddle);
  const edit = huddle.viewerCan.facilitate && huddle.status !== 'ENDED';
  const total = items.reduce((sum, i) => sum + (i.timeBoxMinutes ?? 0), 0);
  const [announcement, setAnnouncement] = useState('');
  // Set once "Suggest from brief" ran: what it left out is listed with why (a new key refetches it).
  const [suggestedAt, setSuggestedAt] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const refetchQueries = [{ query: HuddleDocument, variables: { id: huddle.id } }];
  const [suggest, { loading: suggesting }] = useMutation(SuggestAgendaDocument, {
    variables: { huddleId: huddle.id },
    refetchQueries,
    awaitRefetchQueries: true,
  });
  const [reorder] = useMutation(ReorderAgendaDocument);
  const focusAfterMove = useRef<{ id: string; direction: -1 | 1; index: number } | null>(null);

  // Keyboard users keep their place: focus stays on the moved item's button (or its twin at an end).
  useEffect(() => {
    const pending = focusAfterMove.current;
    // Wait for the render where the item sits at its new place (moving a node drops its focus).
    if (!pending || items[pending.index]?.id !== pending.id) return;
    focusAfterMove.current = null;
    const same = document.getElementById(moveButtonId(pending.id, pending.direction)) as HTMLButtonElement | null;
    const other = document.getElementById(moveButtonId(pending.id, pending.direction === 1 ? -1 : 1));
    (same && !same.disabled ? same : other)?.focus();
  });

  const move = async (index: number, direction: -1 | 1) => {
    const target = index + direction;
    const moved = items[index];
    if (!moved || target < 0 || target >= items.length) return;
    const next = [...items];
    [next[index], next[target]] = [items[target]!, moved];
    focusAfterMove.current = { id: moved.id, direction, index: target };
    setError(null);
    setAnnouncement(`Moved “${moved.title}” to position ${target + 1} of ${items.length}.`);
    try {
      await reorder({
        variables: { input: { huddleId: huddle.id, agendaItemIds: next.map((i) => i.id) } },
        optimisticResponse: { reorderAgenda: next.map((i, position) => ({ ...i, position })) },
      });
    } catch (e) {
      setError(toFormErrors(e).summary);
    }
  };

  return (
    <Section
      title="Agenda"
      description={
        items.length
          ? `${items.length} item${items.length === 1 ? '' : 's'} · ${total} of ${huddle.durationMinutes} minutes planned`
          : undefined
      }
      actions={
        edit ? (
          <Button
            variant="secondary"
            size="sm"
            busy={suggesting}
            className="no-print"
            onClick={async () => {
              setError(null);
              try {
                const before = items.length;
                const { data } = await suggest();
                const added = (data?.suggestAgenda.length ?? before) - before;
                setSuggestedAt(Date.now());
                setAnnouncement(
                  added > 0
                    ? `Added ${added} suggestion${added === 1 ? '' : 's'} from the brief.`
                    : 'No new suggestions from what every member may see.',
                );
              } catch (e) {
                setError(toFormErrors(e).summary);
              }
            }}
          >
            Suggest from brief
          </Button>
        ) : undefined
      }
    >
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      {error && (
        <Alert tone="danger" className="section-alert">
          {error}
        </Alert>
      )}
      {items.length === 0 ? (
        <EmptyState title="No agenda yet">
          {edit
            ? 'Suggest items from the brief (themes, flagged contributions, spotlights, open questions) or add your own.'
            : 'Your facilitator has not set the agenda yet.'}
        </EmptyState>
      ) : (
        <ol className="agenda-list">
          {items.map((item, index) => (
            <AgendaRow
              key={item.id}
              item={item}
              index={index}
              count={items.length}
              edit={edit}
              onMove={(direction) => void move(index, direction)}
              onAnnounce={setAnnouncement}
              huddleId={huddle.id}
            />
          ))}
        </ol>
      )}
      {edit && total > huddle.durationMinutes && (
        <p className="agenda-total agenda-total-over">
          The time boxes add up to {total} minutes, more than the {huddle.durationMinutes} planned.
        </p>
      )}
      {edit && suggestedAt > 0 && (
        <HeldBackSuggestions
          key={suggestedAt}
          huddleId={huddle.id}
          onAdded={(title) => setAnnouncement(`Added “${title}”.`)}
        />
      )}
      {edit && <AddAgendaItem huddleId={huddle.id} onAdded={(title) => setAnnouncement(`Added “${title}”.`)} />}
    </Section>
  );
}

function AgendaRow({
  item,
  index,
  count,
  edit,
  onMove,
  onAnnounce,
  huddleId,
}: {
  item: AgendaItemFieldsFragment;
  index: number;
  count: number;
  edit: boolean;
  onMove: (direction: -1 | 1) => void;
  onAnnounce: (text: string) => void;
  huddleId: string;
}) {
  const [editing, setEditing] = useState(false);
  const [removeError, setRemoveError] = useState<string | null>(null);
  const [remove, { loading: removing }] = useMutation(RemoveAgendaItemDocument, {
    variables: { agendaItemId: item.id },
    refetchQueries: [{ query: HuddleDocument, variables: { id: huddleId } }],
    awaitRefetchQueries: true,
  });

  if (editing) {
    return (
      <li className="agenda-item">
        <span className="agenda-item-number" aria-hidden="true">
          {index + 1}
        </span>
        <EditAgendaItem
          item={item}
          onDone={(saved) => {
            setEditing(false);
            if (saved) onAnnounce(`Saved “${saved}”.`);
            requestAnimationFrame(() => document.getElementById(`agenda-edit-${item.id}`)?.focus());
          }}
        />
      </li>
    );
  }

  return (
    <li className="agenda-item">
      <span className="agenda-item-number" aria-hidden="true">
        {index + 1}
      </span>
      <div className="agenda-item-main">
        <span className="agenda-item-title">{item.title}</span>
        <span className="meta">
          <Badge tone={AGENDA_KIND_TONES[item.kind]}>{AGENDA_KIND_LABELS[item.kind]}</Badge>
          {item.timeBoxMinutes != null && <> · {item.timeBoxMinutes} min</>}
        </span>
        {removeError && (
          <span role="alert" className="field-error">
            {removeError}
          </span>
        )}
      </div>
      {edit && (
        <div className="agenda-item-controls no-print">
          <Button
            id={moveButtonId(item.id, -1)}
            variant="ghost"
            size="sm"
            disabled={index === 0}
            aria-label={`Move “${item.title}” up`}
            onClick={() => onMove(-1)}
          >
            ↑
          </Button>
          <Button
            id={moveButtonId(item.id, 1)}
            variant="ghost"
            size="sm"
            disabled={index === count - 1}
            aria-label={`Move “${item.title}” down`}
            onClick={() => onMove(1)}
          >
            ↓
          </Button>
          <Button id={`agenda-edit-${item.id}`} variant="ghost" size="sm" onClick={() => setEditing(true)}>
            Edit<span className="visually-hidden"> “{item.title}”</span>
          </Button>
          <Button
            variant="ghost"
            size="sm"
            busy={removing}
            onClick={async () => {
              setRemoveError(null);
              try {
                await remove();
                onAnnounce(`Removed “${item.title}”.`);
              } catch (e) {
                setRemoveError(toFormErrors(e).summary);
              }
            }}
          >
            Remove<span className="visually-hidden"> “{item.title}”</span>
          </Button>
        </div>
      )}
    </li>
  );
}

function EditAgendaItem({ item, onDone }: { item: AgendaItemFieldsFragment; onDone: (saved?: string) => void }) {
  const form = useForm({ title: item.title, timeBoxMinutes: item.timeBoxMinutes?.toString() ?? '' });
  const [update, { loading }] = useMutation(UpdateAgendaItemDocument);
  return (
    <form
      className="agenda-item-main"
      aria-label={`Edit “${item.title}”`}
      noValidate
      onSubmit={async (e) => {
        e.preventDefault();
        const title = form.values.title.trim();
        const ok = await form.submit(() =>
          update({
            variables: {
              input: { agendaItemId: item.id, title, timeBoxMinutes: minutesOf(form.values.timeBoxMinutes) },
            },
          }),
        );
        if (ok) onDone(title);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onDone();
      }}
    >
      <div className="agenda-item-edit">
        <TextField
          label="Title"
          required
          maxLength={HUDDLE_LIMITS.agendaTitleMax}
          autoFocus
          autoComplete="off"
          {...form.bind('title')}
        />
        <TextField label="Minutes" type="number" min={1} inputMode="numeric" {...form.bind('timeBoxMinutes')} />
      </div>
      <FormErrorSummary errors={form.errors} />
      <div className="form-actions">
        <Button type="submit" size="sm" busy={loading}>
          Save
        </Button>
        <Button variant="ghost" size="sm" onClick={() => onDone()}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

function AddAgendaItem({ huddleId, onAdded }: { huddleId: string; onAdded: (title: string) => void }) {
  const form = useForm({ title: '', timeBoxMinutes: '10' });
  const titleField = useRef<HTMLDivElement>(null);
  const [add, { loading }] = useMutation(AddAgendaItemDocument, {
    refetchQueries: [{ query: HuddleDocument, variables: { id: huddleId } }],
    awaitRefetchQueries: true,
  });
  return (
    <form
      className="form no-print"
      aria-label="Add an agenda item"
      noValidate
      onSubmit={async (e) => {
        e.preventDefault();
        const title = form.values.title.trim();
        if (!title) {
          form.setErrors({ fields: { title: 'Name the item.' }, summary: null, code: 'BAD_USER_INPUT' });
          return;
        }
        const ok = await form.submit(() =>
          add({ variables: { input: { huddleId, title, timeBoxMinutes: minutesOf(form.values.timeBoxMinutes) } } }),
        );
        if (ok) {
          onAdded(title);
          form.setValues({ title: '', timeBoxMinutes: '10' });
          titleField.current?.querySelector('input')?.focus();
        }
      }}
    >
      <div className="agenda-add" ref={titleField}>
        <TextField
          label="New item"
          maxLength={HUDDLE_LIMITS.agendaTitleMax}
          autoComplete="off"
          placeholder="e.g. Check-in: one win this week"
          {...form.bind('title')}
        />
        <TextField label="Minutes" type="number" min={1} inputMode="numeric" {...form.bind('timeBoxMinutes')} />
        <Button type="submit" variant="secondary" busy={loading}>
          Add item
        </Button>
      </div>
      <FormErrorSummary errors={form.errors} />
    </form>
  );
}
