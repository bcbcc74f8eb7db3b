import { routes } from '@openhuddle/shared';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { toFormErrors } from '../../app/graphql-errors';
import { CopyPromptToCohortDocument, PromptCopyTargetsDocument } from '../../generated/graphql';
import { Alert, Button, Select } from '../../ui';

/** On a prompt's page, for those who run its cohort: copy it (as a draft) into another cohort they run. */
export function CopyPrompt({ promptId }: { promptId: string }) {
  const { data } = useQuery(PromptCopyTargetsDocument, { variables: { id: promptId } });
  const targets = data?.prompt.copyTargets ?? [];
  const [target, setTarget] = useState('');
  const [copy, { loading, data: copied }] = useMutation(CopyPromptToCohortDocument);
  const [error, setError] = useState<string | null>(null);
  const chosen = targets.find((t) => t.cohortId === target) ?? targets[0];
  if (!chosen) return null;
  const result = copied?.copyPromptToCohort;
  return (
    <div className="copy-prompt">
      <Select
        label="Copy to another cohort"
        name="copyTarget"
        value={chosen.cohortId}
        onChange={(e) => setTarget(e.target.value)}
        options={targets.map((t) => ({ value: t.cohortId, label: `${t.cohortName} (${t.organizationName})` }))}
      />
      <Button
        variant="secondary"
        size="sm"
        busy={loading}
        onClick={async () => {
          setError(null);
          try {
            await copy({ variables: { promptId, cohortId: chosen.cohortId } });
          } catch (e) {
            setError(toFormErrors(e).summary ?? 'The prompt could not be copied.');
          }
        }}
      >
        Copy prompt
      </Button>
      {result && (
        <Alert tone="success">
          Copied to {chosen.cohortName}: <Link to={routes.prompt(chosen.organizationId, result.id)}>open the copy</Link>
          .
        </Alert>
      )}
      {error && <Alert tone="danger">{error}</Alert>}
    </div>
  );
}
