import { useEffect, useRef } from 'react';

/** Where focus goes after the next render: an element id, or a field's name. */
export interface FocusTarget {
  id?: string;
  name?: string;
  fallback?: FocusTarget;
}

/**
 * After adding, removing or moving a row, focus lands where the person expects it: set the returned ref
 * and the next render focuses that element (or its fallback when the element is disabled).
 */
export function useFocusAfterRender() {
  const focusNext = useRef<FocusTarget | null>(null);
  useEffect(() => {
    const pending = focusNext.current;
    if (!pending) return;
    focusNext.current = null;
    const find = (t: FocusTarget) =>
      (t.id ? document.getElementById(t.id) : document.getElementsByName(t.name ?? '')[0]) as HTMLButtonElement | null;
    const target = find(pending);
    const usable = target && !target.disabled ? target : pending.fallback ? find(pending.fallback) : null;
    (usable ?? target)?.focus();
  });
  return focusNext;
}
