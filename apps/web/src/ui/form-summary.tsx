import { useEffect, useRef } from 'react';
import { Alert } from './alert';

/** The part of the app's FormErrors this kit reads (ui/ knows nothing of app/). */
export interface FormSummaryErrors {
  fields: Record<string, string>;
  summary: string | null;
}

/**
 * Problems of a failed submit. Field problems move focus to the first field to fix (its message is
 * announced through aria-describedby); problems that belong to no visible field show in an alert
 * above the submit button, which takes focus so keyboard and screen-reader users notice it.
 */
export function FormErrorSummary({ errors }: { errors: FormSummaryErrors }) {
  const anchor = useRef<HTMLSpanElement>(null);
  const alert = useRef<HTMLDivElement>(null);
  const fieldCount = Object.keys(errors.fields).length;
  useEffect(() => {
    if (!errors.summary && !fieldCount) return;
    const invalid = anchor.current?.closest('form')?.querySelector<HTMLElement>('[aria-invalid="true"]');
    if (!errors.summary && invalid) invalid.focus();
    else alert.current?.focus();
  }, [errors, fieldCount]);
  return (
    <>
      <span ref={anchor} hidden />
      {errors.summary ? (
        <Alert ref={alert} tone="danger" title="That did not work">
          {errors.summary}
        </Alert>
      ) : fieldCount > 1 ? (
        <Alert ref={alert} tone="danger" title="Please check the form">
          {fieldCount} fields need your attention.
        </Alert>
      ) : null}
    </>
  );
}
