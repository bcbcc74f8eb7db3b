import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { toFormErrors } from '../../app/graphql-errors';
import {
  ImportRosterDocument,
  RosterImportPreviewDocument,
  type RosterImportFieldsFragment,
} from '../../generated/graphql';
import { Alert, Button, Section } from '../../ui';
import { RosterTable } from './roster-table';

/** Upload a roster CSV, read the dry run row by row, then apply it (all rows or none). */
export function CsvImport({ organizationId }: { organizationId: string }) {
  const client = useApolloClient();
  const [csv, setCsv] = useState<string | null>(null);
  const [fileName, setFileName] = useState('');
  const [preview, setPreview] = useState<RosterImportFieldsFragment | null>(null);
  const [applied, setApplied] = useState<RosterImportFieldsFragment | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [previewing, setPreviewing] = useState(false);
  const [apply, { loading: applying }] = useMutation(ImportRosterDocument);

  const runPreview = async (text: string) => {
    setProblem(null);
    setApplied(null);
    setPreview(null);
    setPreviewing(true);
    try {
      const { data, error } = await client.query({
        query: RosterImportPreviewDocument,
        variables: { input: { organizationId, csv: text } },
        fetchPolicy: 'network-only',
      });
      if (error) throw error;
      if (data) setPreview(data.rosterImportPreview);
    } catch (error) {
      setProblem(
        toFormErrors(error, ['csv']).fields.csv ?? toFormErrors(error).summary ?? 'The file could not be read.',
      );
    } finally {
      setPreviewing(false);
    }
  };

  return (
    <Section
      title="Import a roster (CSV)"
      description="Columns: name, email, role, cohorts, cohort role. You see what will happen first; nothing changes until you apply. Importing the same file again changes nothing."
    >
      <div className="form">
        <div className="field">
          <label className="field-label" htmlFor="roster-file">
            Roster file
          </label>
          <input
            id="roster-file"
            type="file"
            accept=".csv,text/csv"
            onChange={async (e) => {
              const file = e.target.files?.[0];
              if (!file) return;
              const text = await file.text();
              setFileName(file.name);
              setCsv(text);
              await runPreview(text);
            }}
          />
        </div>
        {previewing && <p className="meta">Checking {fileName}…</p>}
        {problem && <Alert tone="danger">{problem}</Alert>}
      </div>
      {preview && (
        <>
          <RosterTable result={preview} caption={`Dry run of ${fileName}: nothing has changed yet`} />
          {preview.summary.rowsWithErrors > 0 ? (
            <Alert tone="warning" title="Fix the rows with errors, then upload the file again">
              Nothing is imported while any row has an error.
            </Alert>
          ) : (
            <div className="form-actions">
              <Button
                busy={applying}
                onClick={async () => {
                  if (csv === null) return;
                  setProblem(null);
                  try {
                    const { data } = await apply({ variables: { input: { organizationId, csv } } });
                    if (data) {
                      setApplied(data.importRoster);
                      setPreview(null);
                    }
                  } catch (error) {
                    setProblem(toFormErrors(error).summary ?? 'The roster could not be imported.');
                  }
                }}
              >
                Apply the import
              </Button>
            </div>
          )}
        </>
      )}
      {applied && (
        <>
          <Alert tone="success">Imported {fileName}.</Alert>
          <RosterTable result={applied} caption={`What importing ${fileName} did`} />
        </>
      )}
    </Section>
  );
}
