import { afterEach, describe, expect, it, vi } from 'vitest';
import { TtlCache } from './ttl-cache';

afterEach(() => {
  vi.useRealTimers();
});

describe('TtlCache', () => {
  it('loads a key once within the TTL, concurrent callers included, and again after it', async () => {
    vi.useFakeTimers();
    const cache = new TtlCache<number>(1_000);
    let loads = 0;
    const load = async () => ++loads;
    expect(await Promise.all([cache.get('k', load), cache.get('k', load)])).toEqual([1, 1]);
    vi.advanceTimersByTime(999);
    expect(await cache.get('k', load)).toBe(1);
    vi.advanceTimersByTime(1);
    expect(await cache.get('k', load)).toBe(2);
    expect(loads).toBe(2);
  });

  it('forgets a deleted key', async () => {
    const cache = new TtlCache<string>(60_000);
    expect(await cache.get('k', async () => 'old')).toBe('old');
    expect(await cache.get('k', async () => 'new')).toBe('old');
    cache.delete('k');
    expect(await cache.get('k', async () => 'new')).toBe('new');
  });

  it('does not keep a failed load', async () => {
    const cache = new TtlCache<string>(60_000);
    await expect(cache.get('k', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(await cache.get('k', async () => 'up')).toBe('up');
  });

  it('keeps at most its limit of keys, the least recently stored leaving first', async () => {
    const cache = new TtlCache<string>(60_000, 2);
    await cache.get('a', async () => 'a1');
    await cache.get('b', async () => 'b1');
    cache.delete('a');
    await cache.get('a', async () => 'a2');
    await cache.get('c', async () => 'c1');
    expect(await cache.get('a', async () => 'a3')).toBe('a2');
    expect(await cache.get('b', async () => 'b2')).toBe('b2');
  });
});
