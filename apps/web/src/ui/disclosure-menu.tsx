import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { cx } from './button';

interface DisclosureMenuProps {
  /** Visible content of the toggle button. */
  label: ReactNode;
  children: ReactNode;
  align?: 'start' | 'end';
  className?: string;
  /** Names the toggle when its content is an icon (it replaces the visible text for assistive technology). */
  buttonLabel?: string;
  /** Hides the chevron (icon buttons). */
  plain?: boolean;
  /** Told when the panel opens (true) or closes (false). */
  onOpenChange?: (open: boolean) => void;
}

/**
 * A button that shows and hides a panel of links/buttons (the disclosure pattern, so plain Tab
 * moves through it). Escape closes it and returns focus; so do clicks outside and navigation.
 */
export function DisclosureMenu({
  label,
  children,
  align = 'start',
  className,
  buttonLabel,
  plain,
  onOpenChange,
}: DisclosureMenuProps) {
  const location = useLocation();
  // Remember where the menu was opened: navigating elsewhere closes it without an extra render pass.
  const [openAt, setOpenAt] = useState<string | null>(null);
  const open = openAt === location.pathname;
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const onOpenChangeRef = useRef(onOpenChange);
  useEffect(() => {
    onOpenChangeRef.current = onOpenChange;
  });
  useEffect(() => {
    onOpenChangeRef.current?.(open);
  }, [open]);

  useEffect(() => {
    if (!open) return;
    const onPointer = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpenAt(null);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        setOpenAt(null);
        button.current?.focus();
      }
    };
    const onFocus = (e: FocusEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpenAt(null);
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    document.addEventListener('focusin', onFocus);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('focusin', onFocus);
    };
  }, [open]);

  return (
    <div className={cx('disclosure', className)} ref={root}>
      <button
        ref={button}
        type="button"
        className="disclosure-toggle"
        aria-expanded={open}
        aria-controls={id}
        aria-label={buttonLabel}
        onClick={() => setOpenAt(open ? null : location.pathname)}
      >
        {label}
        {!plain && (
          <svg className="chevron" width="12" height="12" viewBox="0 0 12 12" aria-hidden="true">
            <path d="M2.5 4.5 6 8l3.5-3.5" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
          </svg>
        )}
      </button>
      <div id={id} className={cx('disclosure-panel', `disclosure-${align}`)} hidden={!open}>
        {children}
      </div>
    </div>
  );
}
