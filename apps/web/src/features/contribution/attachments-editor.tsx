import { useId, useState } from 'react';
import { Button } from '../../ui';
import { formatSize, uploadAttachment, type Attachment } from './attachments';

interface AttachmentsEditorProps {
  organizationId: string;
  attachments: Attachment[];
  onChange: (attachments: Attachment[]) => void;
  /** A server message about the files (from saving the draft). */
  error?: string | null;
}

/** Files to add to a contribution: each uploads as soon as it is chosen. */
export function AttachmentsEditor({ organizationId, attachments, onChange, error }: AttachmentsEditorProps) {
  const id = useId();
  const [uploading, setUploading] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [uploadError, setUploadError] = useState<string | null>(null);
  const shown = uploadError ?? error ?? null;

  const upload = async (files: File[]) => {
    setUploadError(null);
    let current = attachments;
    for (const file of files) {
      setUploading(file.name);
      setStatus(`Uploading ${file.name}…`);
      const result = await uploadAttachment(organizationId, file);
      if (result.errors) {
        setUploadError(result.errors.fields.file ?? result.errors.summary);
        setStatus('');
        break;
      }
      current = [...current, result.attachment];
      onChange(current);
      setStatus(`Attached ${result.attachment.fileName}.`);
    }
    setUploading(null);
  };

  return (
    <div className={shown ? 'field field-invalid attachments-editor' : 'field attachments-editor'}>
      <label htmlFor={id} className="field-label">
        Files (optional)
      </label>
      {attachments.length > 0 && (
        <ul className="plain-list attachments-editor-list">
          {attachments.map((a) => (
            <li key={a.id} className="attachments-editor-row">
              <span>
                {a.fileName} <span className="meta">({formatSize(a.size)})</span>
              </span>
              <Button
                variant="ghost"
                size="sm"
                aria-label={`Remove ${a.fileName}`}
                onClick={() => {
                  onChange(attachments.filter((x) => x.id !== a.id));
                  setStatus(`Removed ${a.fileName}.`);
                }}
              >
                Remove
              </Button>
            </li>
          ))}
        </ul>
      )}
      <input
        id={id}
        type="file"
        multiple
        className="file-input"
        disabled={uploading !== null}
        aria-invalid={shown ? true : undefined}
        aria-describedby={[shown ? `${id}-error` : null, `${id}-hint`].filter(Boolean).join(' ')}
        onChange={(e) => {
          const files = Array.from(e.target.files ?? []);
          e.target.value = '';
          if (files.length) void upload(files);
        }}
      />
      <p id={`${id}-hint`} className="field-hint">
        Images, PDFs, office documents, audio or video; up to 25 MB each.
      </p>
      {shown && (
        <p id={`${id}-error`} className="field-error">
          <span aria-hidden="true">⚠ </span>
          {shown}
        </p>
      )}
      <p className="meta" role="status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}
