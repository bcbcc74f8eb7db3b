import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { LEARNING_LIMITS } from '@openhuddle/shared';
import { toFormErrors, type FormErrors } from '../../app/graphql-errors';

/** Field names a contribution form shows: kind, body, links and each link row. */
export const CONTRIBUTION_FIELDS: readonly string[] = [
  'kind',
  'body',
  'links',
  ...Array.from({ length: LEARNING_LIMITS.linksMax }, (_, i) => [
    `links.${i}`,
    `links.${i}.url`,
    `links.${i}.title`,
  ]).flat(),
];

/**
 * Like toFormErrors, but a CONFLICT keeps the server's own explanation ("changed elsewhere since you
 * opened it… now version N") instead of only the field detail, so the person knows what happened.
 */
export function contributionErrors(error: unknown, extraFields: readonly string[] = []): FormErrors {
  const errors = toFormErrors(error, [...CONTRIBUTION_FIELDS, ...extraFields]);
  if (errors.code === 'CONFLICT' && CombinedGraphQLErrors.is(error)) {
    return { fields: {}, summary: error.errors[0]?.message ?? errors.summary, code: errors.code };
  }
  return errors;
}
