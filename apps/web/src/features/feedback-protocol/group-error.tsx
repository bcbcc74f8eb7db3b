/**
 * A group with a message of its own (“Add at least one section.”) is described by it, marked invalid,
 * and focusable, so the form's error summary moves focus to it like to any invalid field.
 */
export function groupProps(errorId: string, message: string | undefined) {
  return message ? { 'aria-describedby': errorId, 'aria-invalid': true, tabIndex: -1 } : {};
}

/** A message about a whole group (its fieldset is marked invalid and takes focus; see `groupProps`). */
export function GroupError({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={id} className="field-error">
      <span aria-hidden="true">⚠ </span>
      {message}
    </p>
  );
}
