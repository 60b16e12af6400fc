/** A task that waited longer than the limiter allows; it never started. */
export class LimiterBusy extends Error {
  constructor() {
    super('Too many checkouts at once here');
    this.name = 'LimiterBusy';
  }
}

interface Waiter {
  start: () => void;
  timer: NodeJS.Timeout | undefined;
}

/**
 * At most `limit` tasks at a time per key, the rest queued in arrival order for at most
 * `maxWaitMs` (then `LimiterBusy`, so a caller answers a typed result instead of timing out).
 * Checkouts of one branch append to the same stock streams, where every writer beyond a few only
 * loses E11000 races and retries; the limit keeps those retries bounded. Correctness never
 * depends on it: the unique inserts still decide, also across replicas.
 */
export class KeyedLimiter {
  private readonly queues = new Map<string, { active: number; waiting: Waiter[] }>();

  constructor(
    private readonly limit: number,
    private readonly maxWaitMs = Number.POSITIVE_INFINITY,
  ) {}

  async run<T>(key: string, task: () => Promise<T>): Promise<T> {
    let q = this.queues.get(key);
    if (!q) {
      q = { active: 0, waiting: [] };
      this.queues.set(key, q);
    }
    const slot = q;
    if (slot.active >= this.limit) await this.wait(slot);
    else slot.active++;
    try {
      return await task();
    } finally {
      const next = slot.waiting.shift();
      // The slot passes straight to the next task, so `active` stays as it is.
      if (next) next.start();
      else if (--slot.active === 0) this.queues.delete(key);
    }
  }

  private wait(slot: { active: number; waiting: Waiter[] }): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = {
        start: () => {
          clearTimeout(waiter.timer);
          resolve();
        },
        timer: undefined,
      };
      if (Number.isFinite(this.maxWaitMs))
        waiter.timer = setTimeout(() => {
          const i = slot.waiting.indexOf(waiter);
          if (i >= 0) slot.waiting.splice(i, 1);
          reject(new LimiterBusy());
        }, this.maxWaitMs);
      slot.waiting.push(waiter);
    });
  }
}
