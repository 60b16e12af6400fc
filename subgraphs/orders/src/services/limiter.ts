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

interface Slot {
  active: number;
  waiting: Waiter[];
}

/**
 * At most `limit` tasks at a time per key, the rest queued in arrival order for at most
 * `maxWaitMs` (then `LimiterBusy`, so the caller answers a typed result instead of timing out).
 * Checkouts selling one product at a branch append to the same stock stream, where every writer
 * beyond a couple only loses E11000 races and retries; the limit keeps those retries bounded.
 * Correctness never depends on it: the unique inserts still decide, also across replicas.
 */
export class KeyedLimiter {
  private readonly slots = new Map<string, Slot>();

  constructor(
    private readonly limit: number,
    private readonly maxWaitMs = Number.POSITIVE_INFINITY,
  ) {}

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    return this.runAll([key], task);
  }

  /**
   * Runs the task holding a turn on every key. Keys are taken in sorted order, so two tasks
   * sharing keys never wait on each other in a cycle; the wait for all of them is one budget.
   */
  async runAll<T>(keys: readonly string[], task: () => Promise<T>): Promise<T> {
    const deadline = Date.now() + this.maxWaitMs;
    const held: string[] = [];
    try {
      for (const key of [...new Set(keys)].sort()) {
        await this.acquire(key, deadline);
        held.push(key);
      }
    } catch (err) {
      for (const key of held) this.release(key);
      throw err;
    }
    try {
      return await task();
    } finally {
      for (const key of held) this.release(key);
    }
  }

  private acquire(key: string, deadline: number): Promise<void> {
    let slot = this.slots.get(key);
    if (!slot) {
      slot = { active: 0, waiting: [] };
      this.slots.set(key, slot);
    }
    if (slot.active < this.limit) {
      slot.active++;
      return Promise.resolve();
    }
    const queue = slot.waiting;
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = {
        start: () => {
          clearTimeout(waiter.timer);
          resolve();
        },
        timer: undefined,
      };
      if (Number.isFinite(deadline))
        waiter.timer = setTimeout(
          () => {
            const i = queue.indexOf(waiter);
            if (i >= 0) queue.splice(i, 1);
            reject(new LimiterBusy());
          },
          Math.max(0, deadline - Date.now()),
        );
      queue.push(waiter);
    });
  }

  private release(key: string): void {
    const slot = this.slots.get(key);
    if (!slot) return;
    const next = slot.waiting.shift();
    // The turn passes straight to the next task, so `active` stays as it is.
    if (next) next.start();
    else if (--slot.active === 0) this.slots.delete(key);
  }
}
