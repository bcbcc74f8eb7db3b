import { RevealRule, ReviewMode } from '@openhuddle/shared';
import type { FieldErrors } from '../../common/errors/app-error';
import type { PromptFieldsInput } from './dto/prompt.types';

/** Checks that need several fields at once; returns per-field messages (empty when valid). */
export function promptFieldErrors(input: PromptFieldsInput): FieldErrors {
  const errors: FieldErrors = {};
  if (input.dueAt && input.dueAt < input.opensAt) errors.dueAt = 'The due date must be after the prompt opens.';
  if (input.closesAt && input.closesAt < input.opensAt) errors.closesAt = 'The prompt must close after it opens.';
  if (input.closesAt && input.dueAt && input.closesAt < input.dueAt)
    errors.closesAt = 'The prompt must close on or after its due date.';
  if (input.revealRule === RevealRule.AT_TIME && !input.revealAt)
    errors.revealAt = 'Pick when contributions are revealed.';
  if (input.reviewMode === ReviewMode.ASSIGNED && input.reviewsPerContribution < 1) {
    errors.reviewsPerContribution = 'Assign at least one review per contribution.';
  }
  if (input.reviewMode !== ReviewMode.NONE && !input.protocolId)
    errors.protocolId = 'Pick a feedback protocol for reviews.';
  return errors;
}
