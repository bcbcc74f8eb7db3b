import { useState } from 'react';
import { cx } from './button';

interface AvatarProps {
  name: string;
  url?: string | null;
  size?: 'sm' | 'md' | 'lg';
}

/** A person's picture, or their initials on a colour derived from the name. Decorative: the name is always shown beside it. */
export function Avatar({ name, url, size = 'md' }: AvatarProps) {
  const [failed, setFailed] = useState(false);
  const hue = [...name].reduce((sum, ch) => sum + ch.charCodeAt(0), 0) % 360;
  return (
    <span
      className={cx('avatar', `avatar-${size}`)}
      style={{ '--avatar-hue': hue } as React.CSSProperties}
      aria-hidden="true"
    >
      {url && !failed ? (
        <img src={url} alt="" referrerPolicy="no-referrer" onError={() => setFailed(true)} />
      ) : (
        initials(name)
      )}
    </span>
  );
}

export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const first = parts[0] ?? '?';
  const last = parts.at(-1) ?? first;
  const letters = parts.length > 1 ? first.charAt(0) + last.charAt(0) : first.slice(0, 2);
  return letters.toUpperCase();
}
