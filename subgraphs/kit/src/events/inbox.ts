/**
 * Messages read from a connection and not yet handled, handled a bounded number per turn of the
 * event loop. Live pub/sub must be read as fast as it arrives: Redis closes a subscriber whose
 * output buffer outgrows `client-output-buffer-limit pubsub` (32 MB by default), and everything
 * buffered is lost. Handing each message to its subscribers costs far more than reading it (a
 * GraphQL execution and a socket write per subscription), and Node reads a socket again only after
 * everything a read started has run. So a read only queues its messages here; they are handed on
 * `perTurn` at a time from `setImmediate`, and between two turns the event loop reads the socket
 * again. If handling falls behind for long, the oldest messages are dropped here, counted, instead
 * of the whole connection in Redis.
 */
export class Inbox<T> {
  private items: T[] = [];
  private head = 0;
  private scheduled = false;
  private closed = false;
  /** Messages dropped because the inbox was full. */
  dropped = 0;

  constructor(
    private readonly handle: (item: T) => void,
    private readonly onDrop: (dropped: number) => void = () => {},
    private readonly max = 100_000,
    private readonly perTurn = 256,
  ) {}

  /** Messages waiting now. */
  get size(): number {
    return this.items.length - this.head;
  }

  push(item: T): void {
    if (this.closed) return;
    if (this.size >= this.max) {
      this.head++;
      this.dropped++;
      this.onDrop(this.dropped);
    }
    this.items.push(item);
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(this.drain);
    }
  }

  close(): void {
    this.closed = true;
    this.items = [];
    this.head = 0;
  }

  private readonly drain = (): void => {
    const end = Math.min(this.items.length, this.head + this.perTurn);
    while (this.head < end && !this.closed) this.handle(this.items[this.head++] as T);
    if (this.size === 0) {
      this.items = [];
      this.head = 0;
      this.scheduled = false;
      return;
    }
    // What was handed on is released in one copy, not one shift per message.
    if (this.head >= 4096) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    setImmediate(this.drain);
  };
}
