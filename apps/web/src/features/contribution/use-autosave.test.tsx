import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useAutosave } from './use-autosave';

describe('useAutosave', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves once after the text stops changing', async () => {
    const save = vi.fn(async () => undefined);
    const { rerender, result } = renderHook(({ text }) => useAutosave(text, save, { delay: 500 }), {
      initialProps: { text: '' },
    });
    rerender({ text: 'H' });
    rerender({ text: 'He' });
    rerender({ text: 'Hello' });
    expect(result.current.status).toBe('pending');
    await act(async () => {
      await vi.advanceTimersByTimeAsync(500);
    });
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith('Hello');
    expect(result.current.status).toBe('saved');
  });

  it('never overlaps saves, and saves a change made during a save right after it', async () => {
    let release: () => void = () => undefined;
    const calls: string[] = [];
    const save = vi.fn(
      (text: string) =>
        new Promise<void>((resolve) => {
          calls.push(text);
          release = resolve;
        }),
    );
    const { rerender, result } = renderHook(({ text }) => useAutosave(text, save, { delay: 100 }), {
      initialProps: { text: '' },
    });
    rerender({ text: 'first' });
    await act(async () => {
      await vi.advanceTimersByTimeAsync(100);
    });
    expect(calls).toEqual(['first']);
    rerender({ text: 'second' });
    await act(async () => {
      await vi.advanceTimersByTimeAsync(100);
    });
    // Still waiting for the first save: no second request yet.
    expect(calls).toEqual(['first']);
    await act(async () => {
      release();
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(calls).toEqual(['first', 'second']);
    await act(async () => {
      release();
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(result.current.status).toBe('saved');
  });

  it('keeps a failed change unsaved, reports it, and saves it on flush', async () => {
    const save = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValue(undefined);
    const { rerender, result } = renderHook(({ text }) => useAutosave(text, save, { delay: 100 }), {
      initialProps: { text: '' },
    });
    rerender({ text: 'my idea' });
    await act(async () => {
      await vi.advanceTimersByTimeAsync(100);
    });
    expect(result.current.status).toBe('error');
    expect(result.current.hasUnsaved()).toBe(true);
    let ok = false;
    await act(async () => {
      ok = await result.current.flush();
    });
    expect(ok).toBe(true);
    expect(save).toHaveBeenLastCalledWith('my idea');
    expect(result.current.status).toBe('saved');
  });
});

describe('useAutosave on mount', () => {
  it('does not save what was loaded, even when effects run twice (StrictMode)', async () => {
    vi.useFakeTimers();
    const save = vi.fn(async () => undefined);
    const { StrictMode } = await import('react');
    const { result } = renderHook(() => useAutosave('loaded draft', save, { delay: 100 }), { wrapper: StrictMode });
    await act(async () => {
      await vi.advanceTimersByTimeAsync(500);
    });
    expect(save).not.toHaveBeenCalled();
    expect(result.current.status).toBe('idle');
    vi.useRealTimers();
  });
});
