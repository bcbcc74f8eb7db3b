import { useEffect, useRef, type ReactNode } from 'react';
import { cx } from './button';

interface PageHeaderProps {
  title: string;
  description?: ReactNode;
  eyebrow?: ReactNode;
  actions?: ReactNode;
}

/** The page's one h1. It takes focus when the page opens, so screen readers announce the new page. */
export function PageHeader({ title, description, eyebrow, actions }: PageHeaderProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // Only move focus after client-side navigation; on first load focus stays at the document start.
    if (document.activeElement && document.activeElement !== document.body) heading.current?.focus();
  }, [title]);
  return (
    <header className="page-header">
      <div>
        {eyebrow && <p className="page-eyebrow">{eyebrow}</p>}
        <h1 ref={heading} tabIndex={-1}>
          {title}
        </h1>
        {description && <p className="page-description">{description}</p>}
      </div>
      {actions && <div className="page-actions">{actions}</div>}
    </header>
  );
}

interface SectionProps {
  title?: string;
  description?: ReactNode;
  children: ReactNode;
  className?: string;
  actions?: ReactNode;
  headingLevel?: 2 | 3;
}

/** A card with an optional heading; labelled by it, so it is a named region. */
export function Section({ title, description, children, className, actions, headingLevel = 2 }: SectionProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const id = title ? `section-${slug(title)}` : undefined;
  return (
    <section className={cx('card', className)} aria-labelledby={id}>
      {(title || actions) && (
        <div className="card-header">
          <div>
            {title && (
              <Heading id={id} className="card-title">
                {title}
              </Heading>
            )}
            {description && <p className="card-description">{description}</p>}
          </div>
          {actions}
        </div>
      )}
      {children}
    </section>
  );
}

export function Card({ children, className }: { children: ReactNode; className?: string }) {
  return <div className={cx('card', className)}>{children}</div>;
}

interface EmptyStateProps {
  title: string;
  children?: ReactNode;
  action?: ReactNode;
}

export function EmptyState({ title, children, action }: EmptyStateProps) {
  return (
    <div className="empty-state">
      <p className="empty-state-title">{title}</p>
      {children && <div className="empty-state-text">{children}</div>}
      {action && <div className="empty-state-action">{action}</div>}
    </div>
  );
}

export function Loading({ label = 'Loading…' }: { label?: string }) {
  return (
    <div className="loading" role="status">
      <span className="spinner" aria-hidden="true" />
      <span>{label}</span>
    </div>
  );
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
