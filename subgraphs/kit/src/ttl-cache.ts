/**
 * Values a process may use for a few seconds after reading them: a merchant's settings, the
 * products, price rules and stock thresholds a sale reads. Each key holds the promise of its
 * load, so concurrent callers share one read. A failed load is not kept (the next call asks
 * again). `delete` is for the process's own writes, which then show at once; a
 * write made elsewhere (another replica) shows within the TTL. At most `limit` keys are kept,
 * the least recently stored leaving first.
 */
export class TtlCache<V> {
  private readonly entries = new Map<string, { at: number; value: Promise<V> }>();

  constructor(
    readonly ttlMs: number,
    private readonly limit = 5_000,
  ) {}

  /** The value of `key` if loaded less than the TTL ago, else what `load` answers (kept). */
  get(key: string, load: () => Promise<V>): Promise<V> {
    const hit = this.entries.get(key);
    if (hit && Date.now() - hit.at < this.ttlMs) return hit.value;
    const value = load();
    this.entries.delete(key);
    this.entries.set(key, { at: Date.now(), value });
    if (this.entries.size > this.limit) this.entries.delete(this.entries.keys().next().value as string);
    value.catch(() => {
      if (this.entries.get(key)?.value === value) this.entries.delete(key);
    });
    return value;
  }

  delete(key: string): void {
    this.entries.delete(key);
  }
}
