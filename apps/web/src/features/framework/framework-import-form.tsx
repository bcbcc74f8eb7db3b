import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useMutation } from '@apollo/client/react';
import { routes } from '@openhuddle/shared';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { NO_ERRORS, toFormErrors, type FormErrors } from '../../app/graphql-errors';
import { FrameworksDocument, ImportFrameworkDocument } from '../../generated/graphql';
import { Alert, Button, TextArea, TextField } from '../../ui';

const EXAMPLE_CSV =
  'domain,practice,level,descriptor\nPlanning,Formative assessment,1,Checks happen at the end of a unit.';

/** Every problem the API named for a row of the file (`csv.row3`), in file order. */
function rowMessages(error: unknown): string[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  return error.errors.flatMap((e) =>
    Object.entries((e.extensions?.fields ?? {}) as Record<string, string>)
      .filter(([key]) => key.startsWith('csv.'))
      .map(([, message]) => message),
  );
}

/** Creates a framework from pasted CSV; every bad row is listed so the file can be fixed. */
export function FrameworkImportForm({ organizationId }: { organizationId: string }) {
  const navigate = useNavigate();
  const [title, setTitle] = useState('');
  const [csv, setCsv] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [rowErrors, setRowErrors] = useState<string[]>([]);
  const [importFramework, { loading }] = useMutation(ImportFrameworkDocument, {
    refetchQueries: [{ query: FrameworksDocument, variables: { organizationId } }],
  });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const { data } = await importFramework({ variables: { input: { organizationId, title, csv } } });
      if (data) void navigate(routes.framework(organizationId, data.importFramework.id));
    } catch (error) {
      setErrors(toFormErrors(error, ['title', 'csv']));
      setRowErrors(rowMessages(error));
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      {rowErrors.length > 0 && (
        <Alert tone="danger" title="The file was not imported">
          <ul>
            {rowErrors.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </Alert>
      )}
      <TextField
        name="title"
        label="Title"
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        error={errors.fields.title}
      />
      <TextArea
        name="csv"
        label="CSV"
        hint={`For example: ${EXAMPLE_CSV}`}
        value={csv}
        onChange={(e) => setCsv(e.target.value)}
        rows={8}
        error={rowErrors.length ? null : errors.fields.csv}
      />
      <Button type="submit" busy={loading}>
        Import
      </Button>
    </form>
  );
}
