import { useCallback, useEffect, useRef, useState } from 'react';

export type AutosaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

interface AutosaveOptions {
  /** Quiet time after the last change before saving. */
  delay?: number;
  /** When false, changes are remembered but not saved until enabled again (or flushed). */
  enabled?: boolean;
}

/**
 * Saves `value` after it stops changing for `delay` ms. Saves never overlap: a change made while a
 * save is in flight is saved right after it, so the last text always reaches the server, in order.
 * `flush()` saves now (waiting for any save in flight) and resolves once everything is saved.
 */
export function useAutosave<T>(
  value: T,
  save: (value: T) => Promise<void>,
  { delay = 800, enabled = true }: AutosaveOptions = {},
) {
  const [status, setStatus] = useState<AutosaveStatus>('idle');
  const [error, setError] = useState<unknown>(null);
  const latest = useRef(value);
  const saveRef = useRef(save);
  const dirty = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const running = useRef<Promise<boolean> | null>(null);
  // The value last seen: an effect re-run with the same value (React StrictMode) is not a change.
  const seen = useRef(value);
  const errorRef = useRef<unknown>(null);

  useEffect(() => {
    saveRef.current = save;
  });

  const clearTimer = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
  };

  /** Saves until nothing is dirty; resolves false when a save failed. */
  const run = useCallback(async (): Promise<boolean> => {
    // One save at a time: wait for the one in flight (its loop also takes changes made meanwhile).
    while (running.current) await running.current;
    if (!dirty.current) return !errorRef.current;
    const promise = (async () => {
      while (dirty.current) {
        dirty.current = false;
        setStatus('saving');
        try {
          await saveRef.current(latest.current);
          errorRef.current = null;
          setError(null);
        } catch (e) {
          // Keep the change marked unsaved, so the next edit or flush retries it.
          dirty.current = true;
          errorRef.current = e;
          setError(e);
          setStatus('error');
          return false;
        }
      }
      setStatus('saved');
      return true;
    })();
    running.current = promise;
    try {
      return await promise;
    } finally {
      running.current = null;
    }
  }, []);

  useEffect(() => {
    latest.current = value;
    if (Object.is(seen.current, value)) return;
    seen.current = value;
    dirty.current = true;
    setStatus((s) => (s === 'saving' ? s : 'pending'));
    clearTimer();
    if (!enabled) return;
    timer.current = setTimeout(() => void run(), delay);
  }, [value, delay, enabled, run]);

  useEffect(() => clearTimer, []);

  const flush = useCallback(() => {
    clearTimer();
    return run();
  }, [run]);

  /** Forget unsaved changes (after publishing, for example) and start clean from the current value. */
  const reset = useCallback(() => {
    clearTimer();
    dirty.current = false;
    errorRef.current = null;
    setError(null);
    setStatus('idle');
  }, []);

  return { status, error, flush, reset, hasUnsaved: () => dirty.current };
}
