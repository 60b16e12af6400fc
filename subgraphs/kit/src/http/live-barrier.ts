/**
 * graphql-ws has no acknowledgment of a subscription, so a client cannot tell when an event would
 * reach it. The protocol's `ping` is the barrier: the server answers a `ping` with its `pong` only
 * once every subscription the connection sent before the ping is registered at its source (or
 * refused). An event published after the `pong` is delivered.
 *
 * Wire it as: `begin` in `onSubscribe` (graphql-ws calls it synchronously on the message, so a
 * later ping sees it), `settle` in `onOperation`, `onError` and `onComplete`, `wait` in `onPing`.
 */
export class SubscriptionBarrier<C extends object> {
  private readonly pending = new WeakMap<C, Map<string, () => void>>();
  private readonly waits = new WeakMap<C, Map<string, Promise<void>>>();

  /**
   * @param maxWaitMs A `pong` is never held longer than this, whatever a source does; long enough
   *   that a source registering thousands of subscriptions at once is waited for.
   */
  constructor(private readonly maxWaitMs = 30_000) {}

  begin(ctx: C, id: string): void {
    let pending = this.pending.get(ctx);
    let waits = this.waits.get(ctx);
    if (!pending || !waits) {
      pending = new Map();
      waits = new Map();
      this.pending.set(ctx, pending);
      this.waits.set(ctx, waits);
    }
    const own = { pending, waits };
    waits.set(
      id,
      new Promise<void>((resolve) => {
        own.pending.set(id, resolve);
      }),
    );
  }

  settle(ctx: C, id: string): void {
    this.pending.get(ctx)?.get(id)?.();
    this.pending.get(ctx)?.delete(id);
    this.waits.get(ctx)?.delete(id);
  }

  /** Resolves once every subscription begun so far on `ctx` has settled. */
  async wait(ctx: C): Promise<void> {
    const waits = [...(this.waits.get(ctx)?.values() ?? [])];
    if (!waits.length) return;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, this.maxWaitMs);
    });
    await Promise.race([Promise.all(waits), timeout]);
    clearTimeout(timer);
  }
}
