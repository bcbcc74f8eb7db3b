import type { LtiRefusal } from './lti.policy';

/** A refused LTI message; the controller answers it with the refusal page. */
export class LtiRefused extends Error {
  constructor(readonly reason: LtiRefusal) {
    super(`LTI launch refused: ${reason}`);
  }
}
