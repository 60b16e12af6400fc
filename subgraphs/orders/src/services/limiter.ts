/**
 * At most `limit` tasks at a time per key, the rest queued in arrival order. Checkouts of one
 * branch all append to the same stock and numbering streams, where every concurrent writer beyond
 * the first only loses E11000 races and retries; queueing them here keeps those retries (and the
 * latency they add on FerretDB) bounded. Correctness never depends on it: the unique indexes
 * still decide, also across replicas.
 */
export class KeyedLimiter {
  private readonly queues = new Map<string, { active: number; waiting: (() => void)[] }>();

  constructor(private readonly limit: number) {}

  async run<T>(key: string, task: () => Promise<T>): Promise<T> {
    let q = this.queues.get(key);
    if (!q) {
      q = { active: 0, waiting: [] };
      this.queues.set(key, q);
    }
    const slot = q;
    if (slot.active >= this.limit) await new Promise<void>((resolve) => slot.waiting.push(resolve));
    else slot.active++;
    try {
      return await task();
    } finally {
      const next = slot.waiting.shift();
      // The slot passes straight to the next task, so `active` stays as it is.
      if (next) next();
      else if (--slot.active === 0) this.queues.delete(key);
    }
  }
}
