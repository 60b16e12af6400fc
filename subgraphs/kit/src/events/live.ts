import type { Viewer } from '../auth/viewer';
import type { PubSub } from './types';

/** Every live message carries its tenant, so each subscriber can be checked per event. */
export interface LiveMessage {
  merchantId: string;
}

/**
 * Wraps an iterator so that `return()` reaches the source at once: an async generator would wait
 * for its pending `next()` (the next event, possibly never) before running its `finally`.
 */
export function mapLive<T, R>(
  source: AsyncIterableIterator<T>,
  step: (value: T) => Promise<{ value: R } | 'skip' | 'end'> | { value: R } | 'skip' | 'end',
): AsyncIterableIterator<R> {
  const end = async (): Promise<IteratorResult<R>> => {
    await source.return?.();
    return { done: true, value: undefined };
  };
  return {
    async next() {
      for (;;) {
        const r = await source.next();
        if (r.done) return { done: true, value: undefined };
        const out = await step(r.value);
        if (out === 'end') return end();
        if (out !== 'skip') return { done: false, value: out.value };
      }
    },
    return: end,
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

/**
 * A subscription's source: the messages of one pub/sub topic that this viewer may see. Checked per
 * event, not only at subscribe time: the tenant (a topic name is no security boundary), `keep`
 * (scope and ownership, which may change mid-stream, e.g. a delivery reassigned), and the token's
 * expiry, which ends the stream.
 */
export function liveTopic<T extends LiveMessage>(
  pubsub: PubSub,
  topic: string,
  viewer: Viewer,
  keep: (message: T) => boolean | Promise<boolean> = () => true,
): AsyncIterableIterator<T> {
  return mapLive<T, T>(pubsub.subscribe<T>(topic), async (message) => {
    if (viewer.expiresAt * 1000 <= Date.now()) return 'end';
    if (message.merchantId !== viewer.merchantId) return 'skip';
    return (await keep(message)) ? { value: message } : 'skip';
  });
}
