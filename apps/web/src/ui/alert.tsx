import { forwardRef, type ReactNode } from 'react';
import { cx } from './button';

type Tone = 'info' | 'success' | 'warning' | 'danger';

interface AlertProps {
  tone?: Tone;
  title?: string;
  children?: ReactNode;
  className?: string;
}

/**
 * A message block. Danger alerts use role="alert" (announced at once); others use role="status",
 * announced politely, so success messages do not interrupt.
 */
export const Alert = forwardRef<HTMLDivElement, AlertProps>(function Alert(
  { tone = 'info', title, children, className },
  ref,
) {
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role={tone === 'danger' ? 'alert' : 'status'}
      className={cx('alert', `alert-${tone}`, className)}
    >
      <span className="alert-icon" aria-hidden="true">
        {ICONS[tone]}
      </span>
      <div className="alert-body">
        {title && <p className="alert-title">{title}</p>}
        {children && <div className="alert-text">{children}</div>}
      </div>
    </div>
  );
});

const ICONS: Record<Tone, string> = { info: 'i', success: '✓', warning: '!', danger: '!' };
