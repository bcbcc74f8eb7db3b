import { Alert, ButtonLink } from '../../ui';
import type { Protocol } from './protocol-draft';

/**
 * On an edited protocol that feedback already follows: what can still change, and the way to change the
 * rest (a duplicate). Its id describes every Remove button it disables.
 */
export function InUseNotice({ id, protocol, listPath }: { id: string; protocol: Protocol; listPath: string }) {
  return (
    <div id={id}>
      <Alert tone="info" title="Feedback already follows this protocol">
        <p>
          Its answers and scores stay with these sections and criteria. You can rename and reword them, change what is
          required, reorder them and add new ones. Sections and criteria already here cannot be removed, and their
          levels cannot be added, removed or reordered.
        </p>
        <p className="alert-action">
          To change those, duplicate it and pick the copy for new prompts.{' '}
          <ButtonLink to={`${listPath}/new?from=${protocol.id}`} variant="secondary" size="sm">
            Duplicate {protocol.name}
          </ButtonLink>
        </p>
      </Alert>
    </div>
  );
}
