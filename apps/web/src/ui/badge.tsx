import type { ReactNode } from 'react';
import { cx } from './button';

export type BadgeTone = 'neutral' | 'accent' | 'info' | 'warning' | 'success';

export function Badge({ tone = 'neutral', children }: { tone?: BadgeTone; children: ReactNode }) {
  return <span className={cx('badge', `badge-${tone}`)}>{children}</span>;
}
