import { useApolloClient, useMutation } from '@apollo/client/react';
import { HUDDLE_LIMITS } from '@openhuddle/shared';
import { useEffect, useRef, useState } from 'react';
import { errorCode, toFormErrors } from '../../app/graphql-errors';
import { SaveHuddleNoteDocument, type HuddleNoteFieldsFragment } from '../../generated/graphql';
import { Avatar, Button, TextArea } from '../../ui';
import { useAutosave } from '../contribution/use-autosave';
import { applyLiveEvent } from './use-huddle-live';

/**
 * Your own notes block on the current item: it saves itself a moment after you stop typing, with
 * the version it started from, so a save never overwrites your own text from another window.
 * Nobody else can write in it; everyone sees it.
 */
export function MyNote({
  huddleId,
  agendaItemId,
  itemTitle,
  mine,
}: {
  huddleId: string;
  agendaItemId: string;
  itemTitle: string;
  /** Your saved block on this item (kept fresh by live events). */
  mine: HuddleNoteFieldsFragment | undefined;
}) {
  const client = useApolloClient();
  const [body, setBody] = useState(mine?.body ?? '');
  const version = useRef<number | undefined>(mine?.version);
  const [save] = useMutation(SaveHuddleNoteDocument);
  const autosave = useAutosave(
    body,
    async (text) => {
      const { data } = await save({
        variables: {
          input: {
            agendaItemId,
            body: text,
            ...(version.current !== undefined ? { expectedVersion: version.current } : {}),
          },
        },
      });
      const note = data?.saveHuddleNote;
      if (!note) return;
      version.current = note.version;
      applyLiveEvent(client, huddleId, {
        __typename: 'HuddleLiveEvent',
        huddleId,
        kind: 'NOTE_SAVED',
        currentAgendaItemId: null,
        note,
        decision: null,
        actionItem: null,
      });
    },
    { delay: 700 },
  );
  const { flush } = autosave;

  // Moving to another item (or leaving) saves what is still pending: nothing typed is lost.
  useEffect(() => () => void flush(), [flush]);

  const conflict = autosave.status === 'error' && errorCode(autosave.error) === 'CONFLICT';
  const statusText =
    autosave.status === 'saving'
      ? 'Saving…'
      : autosave.status === 'saved'
        ? 'Saved'
        : autosave.status === 'pending'
          ? 'Unsaved changes'
          : autosave.status === 'error'
            ? conflict
              ? 'Your notes on this item changed in another window.'
              : (toFormErrors(autosave.error).summary ?? 'Not saved.')
            : '';

  return (
    <div className="my-note">
      <TextArea
        label="Your notes"
        hint="Only you write here. Everyone sees it, and it goes into the minutes."
        aria-description={`Notes on ${itemTitle}`}
        rows={5}
        maxLength={HUDDLE_LIMITS.notesMax}
        value={body}
        onChange={(e) => setBody(e.target.value)}
        onBlur={() => {
          // In a conflict, saving again changes nothing: the person chooses with "Keep this text".
          if (!conflict) void flush();
        }}
      />
      <div className="note-status">
        <span
          role="status"
          className={autosave.status === 'error' ? 'save-error' : autosave.status === 'saved' ? 'save-saved' : 'meta'}
        >
          {statusText}
        </span>
        {conflict && (
          <Button
            size="sm"
            variant="secondary"
            onClick={() => {
              // Keep the text on this screen: save it over the other window's version.
              version.current = mine?.version;
              void flush();
            }}
          >
            Keep this text
          </Button>
        )}
      </div>
    </div>
  );
}

/** Everyone else's blocks on the item, as they type (each saved block arrives live). */
export function OthersNotes({ notes }: { notes: HuddleNoteFieldsFragment[] }) {
  if (!notes.length) return <p className="meta">No one else has written notes on this item yet.</p>;
  return (
    <ul className="note-blocks" aria-label="Everyone’s notes">
      {notes.map((n) => (
        <li key={n.author.id} className="note-block">
          <p className="note-block-author">
            <Avatar name={n.author.displayName} size="sm" />
            {n.author.displayName}
          </p>
          <p className="note-block-body">{n.body}</p>
        </li>
      ))}
    </ul>
  );
}
