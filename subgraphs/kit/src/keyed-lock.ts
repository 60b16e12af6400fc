/**
 * Runs tasks one at a time per key, in arrival order, within this process.
 *
 * For writers of one process that would otherwise race on one record: a stock stream (each loss
 * costs a re-read and a retry, quadratic under load on FerretDB) or a read model updated by
 * read-compare-write (two events of one delivery handled at once could both pass the check).
 * Across processes the unique indexes, or a rebuild of the read model, still decide.
 */
export class KeyedLock implements KeyedRunner {
  private readonly tails = new Map<string, Promise<void>>();

  async run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    let release!: () => void;
    const done = new Promise<void>((resolve) => {
      release = resolve;
    });
    const tail = previous.then(() => done);
    this.tails.set(key, tail);
    await previous;
    try {
      return await task();
    } finally {
      release();
      if (this.tails.get(key) === tail) this.tails.delete(key);
    }
  }

  /** Keys with a task running or queued (for tests and metrics). */
  get size(): number {
    return this.tails.size;
  }
}

/** Runs tasks one at a time per key: within a process (`KeyedLock`) or across processes. */
export interface KeyedRunner {
  run<T>(key: string, task: () => Promise<T>): Promise<T>;
}
