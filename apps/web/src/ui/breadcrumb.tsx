import { Fragment } from 'react';
import { Link } from 'react-router';
import { cx } from './button';

export interface BreadcrumbStep {
  label: string;
  /** Where the step leads; a step without one is shown as plain text. */
  to?: string;
}

interface BreadcrumbProps {
  /** The pages above this one, outermost first. */
  trail: readonly BreadcrumbStep[];
  /** This page's own name, marked as the current page. */
  current: string;
  className?: string;
}

/** Where this page sits, as links to the pages above it. */
export function Breadcrumb({ trail, current, className }: BreadcrumbProps) {
  return (
    <nav aria-label="Breadcrumb" className={cx('breadcrumb', className)}>
      {trail.map((step, i) => (
        <Fragment key={i}>
          {step.to ? <Link to={step.to}>{step.label}</Link> : <span>{step.label}</span>}
          <span aria-hidden="true"> / </span>
        </Fragment>
      ))}
      <span aria-current="page">{current}</span>
    </nav>
  );
}
