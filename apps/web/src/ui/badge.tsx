import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { cx } from './button';

export type BadgeTone = 'neutral' | 'accent' | 'info' | 'warning' | 'success';

export function Badge({ tone = 'neutral', children }: { tone?: BadgeTone; children: ReactNode }) {
  return <span className={cx('badge', `badge-${tone}`)}>{children}</span>;
}

/** A badge that goes somewhere ("2 prompts to answer" opens them): a link, styled as its badge. */
export function BadgeLink({ tone = 'neutral', to, children }: { tone?: BadgeTone; to: string; children: ReactNode }) {
  return (
    <Link to={to} className={cx('badge', `badge-${tone}`, 'badge-link')}>
      {children}
    </Link>
  );
}
