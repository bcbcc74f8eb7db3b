import type { ReactNode } from 'react';
import { Alert } from './alert';
import { Button } from './button';

interface LoadErrorAlertProps {
  /** What failed to load, as it ends the title: "this prompt", "your queue". */
  what: string;
  /** Overrides the title, e.g. "Huddle not found". */
  title?: string;
  /** Why, or what to do; the default suits a network failure. */
  children?: ReactNode;
  /** Offers to try again in place instead of reloading the whole page. */
  onRetry?: () => void;
}

/** "We could not load …": the one way pages say that their data did not arrive. */
export function LoadErrorAlert({ what, title, children, onRetry }: LoadErrorAlertProps) {
  return (
    <Alert tone="danger" title={title ?? `We could not load ${what}`}>
      {children === undefined ? 'Check your connection and reload the page.' : children}
      {onRetry && (
        <div className="alert-actions">
          <Button size="sm" variant="secondary" onClick={onRetry}>
            Retry
          </Button>
        </div>
      )}
    </Alert>
  );
}
