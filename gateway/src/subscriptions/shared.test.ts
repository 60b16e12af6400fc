import type { ExecutionResult } from 'graphql';
import { describe, expect, it } from 'vitest';
import { canonicalJson, SharedStreams, sharedKey } from './shared';

/** An upstream stream the test pushes into, counting opens and closes. */
function fakeUpstream() {
  const stats = { opened: 0, closed: 0 };
  const pending: Array<IteratorResult<ExecutionResult>> = [];
  let waiting: ((r: IteratorResult<ExecutionResult>) => void) | undefined;
  const deliver = (r: IteratorResult<ExecutionResult>) => {
    const w = waiting;
    waiting = undefined;
    if (w) w(r);
    else pending.push(r);
  };
  const open = (): AsyncIterableIterator<ExecutionResult> => {
    stats.opened++;
    return {
      next: () => {
        const queued = pending.shift();
        if (queued) return Promise.resolve(queued);
        return new Promise((resolve) => {
          waiting = resolve;
        });
      },
      return: async () => {
        stats.closed++;
        deliver({ done: true, value: undefined });
        return { done: true, value: undefined };
      },
      [Symbol.asyncIterator]() {
        return this;
      },
    };
  };
  return {
    stats,
    open,
    emit: (n: number) => deliver({ done: false, value: { data: { n } } }),
    end: () => deliver({ done: true, value: undefined }),
  };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('SharedStreams', () => {
  it('opens one upstream per key, fans every result out, and closes with the last subscriber', async () => {
    const up = fakeUpstream();
    const streams = new SharedStreams();
    const a = streams.join('k', up.open);
    const b = streams.join('k', up.open);
    expect(up.stats.opened).toBe(1);
    const na = a.next();
    const nb = b.next();
    up.emit(1);
    expect((await na).value).toEqual({ data: { n: 1 } });
    expect((await nb).value).toEqual({ data: { n: 1 } });
    await a.return?.();
    expect(up.stats.closed).toBe(0);
    await b.return?.();
    expect(up.stats.closed).toBe(1);
    expect(streams.size()).toBe(0);
    // A later subscriber of the same key opens a new upstream stream.
    streams.join('k', up.open);
    expect(up.stats.opened).toBe(2);
    await streams.close();
  });

  it('completes every subscriber after what is queued when the upstream ends', async () => {
    const up = fakeUpstream();
    const streams = new SharedStreams();
    const a = streams.join('k', up.open);
    await tick();
    up.emit(1);
    await tick();
    up.end();
    await tick();
    expect(await a.next()).toEqual({ done: false, value: { data: { n: 1 } } });
    expect((await a.next()).done).toBe(true);
    expect(streams.size()).toBe(0);
  });

  it('ends a subscriber that falls too far behind, without holding the others back', async () => {
    const up = fakeUpstream();
    const streams = new SharedStreams(3);
    const slow = streams.join('k', up.open);
    const fast = streams.join('k', up.open);
    const seen: number[] = [];
    const reading = (async () => {
      for await (const r of fast) {
        seen.push((r.data as { n: number }).n);
        if (seen.length === 5) break;
      }
    })();
    for (let n = 1; n <= 5; n++) {
      await tick();
      up.emit(n);
    }
    await reading;
    expect(seen).toEqual([1, 2, 3, 4, 5]);
    const last = await slow.next();
    expect(JSON.stringify(last.value)).toContain('SUBSCRIPTION_OVERFLOW');
    expect((await slow.next()).done).toBe(true);
  });

  it('keys ignore variable order but not the token, text or values', () => {
    const base = { token: 't', query: 'subscription { x }', variables: { a: 1, b: { c: 2, d: [1] } } };
    expect(sharedKey(base)).toBe(sharedKey({ ...base, variables: { b: { d: [1], c: 2 }, a: 1 } }));
    expect(sharedKey(base)).not.toBe(sharedKey({ ...base, token: 'u' }));
    expect(sharedKey(base)).not.toBe(sharedKey({ ...base, query: 'subscription { y }' }));
    expect(sharedKey(base)).not.toBe(sharedKey({ ...base, variables: { a: 2, b: { c: 2, d: [1] } } }));
    expect(canonicalJson({ b: undefined, a: null })).toBe('{"a":null}');
  });
});
