import type { Connection } from 'mongoose';
import { isDuplicateKey } from '../errors';

/** An item of pending work: its key (`_id`), when it becomes due, and what the worker needs. */
export interface WorkItem<T> {
  _id: string;
  dueAt: Date;
  data: T;
}

/**
 * Pending work kept where a loop finds it without scanning a growing collection: a small
 * collection of its own, one document per item keyed by what it is about (an order id), added
 * before the work can be left behind and removed when the work is done. A loop reads its head
 * with a filterless, limited read (answered without a scan on every engine), so a pass costs
 * O(pending), not O(data). Adding twice is harmless; so is removing what is gone.
 */
export class WorkQueue<T> {
  constructor(
    private readonly conn: Connection,
    readonly name: string,
  ) {}

  private get collection() {
    return this.conn.collection<WorkItem<T>>(this.name);
  }

  /** Records pending work; an item already queued under this key keeps its first due time. */
  async add(id: string, data: T, dueAt: Date = new Date()): Promise<void> {
    try {
      await this.collection.insertOne({ _id: id, dueAt, data });
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
    }
  }

  /** Moves an item's due time (a lease renewed, a retry after a failure). */
  async postpone(id: string, dueAt: Date): Promise<void> {
    await this.collection.updateOne({ _id: id }, { $set: { dueAt } });
  }

  /** Up to `limit` items from the head, due or not; the caller skips those not yet due. */
  async peek(limit = 200): Promise<WorkItem<T>[]> {
    return (await this.collection.find({}).limit(limit).toArray()) as WorkItem<T>[];
  }

  /** The items of the head that are due now. */
  async due(limit = 200, now = new Date()): Promise<WorkItem<T>[]> {
    return (await this.peek(limit)).filter((item) => new Date(item.dueAt).getTime() <= now.getTime());
  }

  async remove(id: string): Promise<void> {
    await this.collection.deleteOne({ _id: id });
  }
}
