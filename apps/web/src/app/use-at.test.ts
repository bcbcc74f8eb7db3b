import { renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useAt } from './use-at';

describe('useAt', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-11-25T12:00:00Z'));
  });
  afterEach(() => vi.useRealTimers());

  it('runs once when the time comes (with a little grace), not before', () => {
    const callback = vi.fn();
    renderHook(() => useAt('2026-11-25T12:05:00Z', callback, 1000));
    vi.advanceTimersByTime(5 * 60_000);
    expect(callback).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1000);
    expect(callback).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(60 * 60_000);
    expect(callback).toHaveBeenCalledTimes(1);
  });

  it('does nothing for past, missing or far-off times, and stops when unmounted', () => {
    const callback = vi.fn();
    renderHook(() => useAt('2026-11-25T11:00:00Z', callback));
    renderHook(() => useAt(null, callback));
    renderHook(() => useAt('2027-06-01T00:00:00Z', callback));
    const { unmount } = renderHook(() => useAt('2026-11-25T12:01:00Z', callback));
    unmount();
    vi.advanceTimersByTime(24 * 60 * 60_000);
    expect(callback).not.toHaveBeenCalled();
  });
});
