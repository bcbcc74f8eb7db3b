import { forwardRef, useId, type ReactNode, type TextareaHTMLAttributes } from 'react';
import { cx } from './button';

interface TextAreaProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  hideLabel?: boolean;
  /** Shown under the label, before the field (e.g. a guiding question). */
  description?: ReactNode;
  /** Rendered between the description and the field (e.g. sentence-stem chips). */
  toolbar?: ReactNode;
}

/** Share of maxLength from which the character count shows. */
const COUNT_FROM = 0.8;

/** A labelled multi-line field, built like the kit's TextField (hint and error announced with it). */
export const TextArea = forwardRef<HTMLTextAreaElement, TextAreaProps>(function TextArea(
  { label, hint, error, hideLabel, description, toolbar, className, rows = 6, ...textarea },
  ref,
) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const descriptionId = description ? `${id}-description` : undefined;
  const length = typeof textarea.value === 'string' ? textarea.value.length : 0;
  // The count appears only near the limit, so most fields stay quiet.
  const showCount = !!textarea.maxLength && length >= textarea.maxLength * COUNT_FROM;
  const describedBy = [errorId, descriptionId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={cx('field', error && 'field-invalid', className)}>
      <label htmlFor={id} className={cx('field-label', hideLabel && 'visually-hidden')}>
        {label}
      </label>
      {description && (
        <p id={descriptionId} className="field-description">
          {description}
        </p>
      )}
      {toolbar}
      <textarea
        ref={ref}
        id={id}
        rows={rows}
        className="input textarea"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        {...textarea}
      />
      {showCount && (
        <p className="field-hint field-count" aria-live="polite">
          {length} / {textarea.maxLength} characters
        </p>
      )}
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="field-error">
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      )}
    </div>
  );
});
