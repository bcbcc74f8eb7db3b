import type { ReactNode } from 'react';
import { Breadcrumb, type BreadcrumbStep } from './breadcrumb';
import { cx } from './button';
import { PageHeader } from './layout';

interface PageScaffoldProps {
  title: string;
  /** The pages above this one; the breadcrumb ends with `breadcrumbCurrent`, or the title. */
  breadcrumb?: readonly BreadcrumbStep[];
  breadcrumbCurrent?: string;
  /** Extra classes for the breadcrumb (e.g. `no-print`). */
  breadcrumbClassName?: string;
  eyebrow?: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
  /** Page width and layout classes, added to `page`. */
  className?: string;
  /** Shown between the breadcrumb and the header (e.g. a live-region announcement). */
  before?: ReactNode;
  children?: ReactNode;
}

/** A page: breadcrumb, its one heading with actions, then the body. */
export function PageScaffold({
  title,
  breadcrumb,
  breadcrumbCurrent,
  breadcrumbClassName,
  eyebrow,
  description,
  actions,
  className,
  before,
  children,
}: PageScaffoldProps) {
  return (
    <div className={cx('page', className)}>
      {before}
      {breadcrumb && (
        <Breadcrumb trail={breadcrumb} current={breadcrumbCurrent ?? title} className={breadcrumbClassName} />
      )}
      <PageHeader title={title} eyebrow={eyebrow} description={description} actions={actions} />
      {children}
    </div>
  );
}
