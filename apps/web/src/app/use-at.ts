import { useEffect, useRef } from 'react';

/** Longest delay setTimeout honours (about 24.8 days); later times are left to a later visit. */
const MAX_DELAY = 2 ** 31 - 1;

/**
 * Runs `callback` once when the clock reaches `at` (an ISO time), for changes no event
 * announces — an AT_TIME reveal happens without anyone publishing anything.
 */
export function useAt(at: string | null | undefined, callback: () => void, graceMs = 1000) {
  const latest = useRef(callback);
  useEffect(() => {
    latest.current = callback;
  });
  useEffect(() => {
    if (!at) return;
    const wait = new Date(at).getTime() - Date.now();
    if (!(wait > 0) || wait + graceMs > MAX_DELAY) return;
    const timer = setTimeout(() => latest.current(), wait + graceMs);
    return () => clearTimeout(timer);
  }, [at, graceMs]);
}
