import type { NewNotification } from '../notification/notifier';

/**
 * A reminder due for one person: the notification, and what it is about (a huddle, prompt or action
 * item id), so the delivery can check it is still due when it runs (a retry may come minutes later).
 */
export interface DueReminder {
  subjectId: string;
  notification: NewNotification;
}

/** The notification table's text and link columns (varchar(300)). */
export const NOTIFICATION_TEXT_MAX = 300;

/** Clips to `max` characters (code points, never half a surrogate pair), ending with an ellipsis. */
export function clip(text: string, max = NOTIFICATION_TEXT_MAX): string {
  const chars = [...text];
  return chars.length <= max
    ? text
    : `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}

/** A title quoted inside a sentence, clipped on its own so the sentence's end survives. */
export const quote = (title: string, max = 120): string => `“${clip(title, max)}”`;

/** Every reminder leaves through here: a long title never fails the insert. */
export function fitted(n: NewNotification): NewNotification {
  return { ...n, text: clip(n.text) };
}
