import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { ErrorCode } from '@openhuddle/shared';

/** What a form shows for a failed operation: messages beside fields, and one summary for the rest. */
export interface FormErrors {
  /** Messages keyed by the form's field names. */
  fields: Record<string, string>;
  /** Shown in the summary alert; null when every problem sits next to a field. */
  summary: string | null;
  code: string | null;
}

export const NO_ERRORS: FormErrors = { fields: {}, summary: null, code: null };

const NETWORK_MESSAGE = 'We could not reach OpenHuddle. Check your connection and try again.';

/**
 * Maps an Apollo error to form errors. The API reports input problems as
 * `extensions.fields = { fieldName: message }` (sometimes with an `input.` prefix);
 * a message whose field the form does not show goes to the summary instead, so nothing is lost.
 */
export function toFormErrors(error: unknown, knownFields: readonly string[] = []): FormErrors {
  if (!error) return NO_ERRORS;
  if (CombinedGraphQLErrors.is(error)) {
    const fields: Record<string, string> = {};
    const leftovers: string[] = [];
    let code: string | null = null;
    for (const graphQLError of error.errors) {
      code ??= typeof graphQLError.extensions?.code === 'string' ? graphQLError.extensions.code : null;
      const reported = graphQLError.extensions?.fields;
      let placed = false;
      if (reported && typeof reported === 'object') {
        for (const [path, message] of Object.entries(reported as Record<string, unknown>)) {
          const name = fieldName(path);
          if (knownFields.includes(name) && typeof message === 'string') {
            fields[name] ??= message;
            placed = true;
          } else if (typeof message === 'string') {
            leftovers.push(message);
          }
        }
      }
      // A general message that only restates a placed field error would be noise in the summary.
      if (!placed && !leftovers.length) leftovers.push(friendlyMessage(graphQLError.message, code));
    }
    return { fields, summary: leftovers.length ? unique(leftovers).join(' ') : null, code };
  }
  if (ServerError.is(error)) return { fields: {}, summary: NETWORK_MESSAGE, code: null };
  return { fields: {}, summary: NETWORK_MESSAGE, code: null };
}

/** `input.email` → `email`; `input.profile.name` → `profile.name`. */
function fieldName(path: string): string {
  return path.startsWith('input.') ? path.slice('input.'.length) : path;
}

function friendlyMessage(message: string, code: string | null): string {
  if (code === ErrorCode.INTERNAL_SERVER_ERROR) return 'Something went wrong on our side. Please try again.';
  if (code === ErrorCode.UNAUTHENTICATED) return 'Your session has ended. Please sign in again.';
  return message;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

/** The `extensions.code` of the first GraphQL error, if any. */
export function errorCode(error: unknown): string | null {
  if (CombinedGraphQLErrors.is(error)) {
    const code = error.errors[0]?.extensions?.code;
    return typeof code === 'string' ? code : null;
  }
  return null;
}
