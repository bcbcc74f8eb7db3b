import { useId, useState } from 'react';
import { Button } from './button';

/** A read-only value (like an invitation link) with a button that copies it. */
export function CopyField({ label, value }: { label: string; value: string }) {
  const id = useId();
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied('copied');
    } catch {
      // Clipboard access can be refused (insecure origin, permissions): select the text for a manual copy.
      const input = document.getElementById(id) as HTMLInputElement | null;
      input?.select();
      setCopied('failed');
    }
  };
  return (
    <div className="copy-field">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <div className="copy-field-row">
        <input id={id} className="input input-mono" readOnly value={value} onFocus={(e) => e.currentTarget.select()} />
        <Button variant="secondary" onClick={copy}>
          {copied === 'copied' ? 'Copied' : 'Copy link'}
        </Button>
      </div>
      <p className="field-hint" aria-live="polite">
        {copied === 'copied' && 'Link copied to the clipboard.'}
        {copied === 'failed' && 'Copying is blocked here: the link is selected, press Ctrl+C (or ⌘C).'}
      </p>
    </div>
  );
}
