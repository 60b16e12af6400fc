import type { Connection, Model } from 'mongoose';
import mongoose, { Schema } from 'mongoose';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openTestDatabase } from '../events/test-support';
import { appendKeyedEntry, entryByKey, type KeyedLedgerEntry, latestEntries } from './keyed-ledger';
import { addToList, readList } from './keyed-list';
import { appendLedgerEntry, entryIdOf, ledgerKeys, readHead, streamIdOf } from './ledger';
import { watchScans } from './scan-watch';
import { claimKey, getByKey, getOwned, getOwnedMany, insertDocument } from './store';
import { TenancyViolation, tenancyPlugin } from './tenancy';
import { WorkQueue } from './work-queue';

interface Entry extends KeyedLedgerEntry {
  _id: string;
  merchantId: string;
  accountId: string;
  change: number;
}

const entrySchema = new Schema<Entry>(
  {
    _id: { type: String, required: true },
    merchantId: { type: String, required: true },
    accountId: { type: String, required: true },
    seq: { type: Number, required: true },
    balance: { type: Number, required: true },
    change: { type: Number, required: true },
    key: { type: String, required: true },
    latest: { type: Boolean, required: true },
  },
  { versionKey: false },
);
entrySchema.index({ merchantId: 1, key: 1 }, { unique: true });
entrySchema.plugin(tenancyPlugin);

let db: Awaited<ReturnType<typeof openTestDatabase>>;
let conn: Connection;
let entries: Model<Entry>;

beforeAll(async () => {
  db = await openTestDatabase('kit_store');
  conn = db.conn;
  entries = conn.model<Entry>('Entry', entrySchema, 'entries');
  await entries.createIndexes();
});
afterAll(() => db.close());

const stream = (accountId: string) => ({ merchantId: 'm-1', accountId });
const add = (
  accountId: string,
  key: string,
  change: number,
  floor = Number.NEGATIVE_INFINITY,
  model: Model<Entry> = entries,
) =>
  appendKeyedEntry<Entry, Entry>(model, {
    stream: stream(accountId),
    scope: { merchantId: 'm-1' },
    key,
    decide: (head) => {
      const balance = (head?.balance ?? 0) + change;
      if (balance < floor) throw new Error('below the floor');
      return { merchantId: 'm-1', accountId, change, balance } as Entry;
    },
  });

describe('the storage layer', () => {
  it('gets by key within the tenant only; another merchant reads as missing', async () => {
    await claimKey(entries, {
      _id: 'doc-1',
      merchantId: 'm-2',
      accountId: 'a',
      seq: 0,
      balance: 0,
      change: 0,
      key: 'x',
      latest: false,
    });
    expect(await getOwned(entries, 'doc-1', 'm-2')).toMatchObject({ _id: 'doc-1' });
    expect(await getOwned(entries, 'doc-1', 'm-1')).toBeNull();
    expect(await getOwned(entries, '', 'm-1')).toBeNull();
    expect(await getOwnedMany(entries, ['nope', 'doc-1', 'doc-1'], 'm-2')).toMatchObject([
      null,
      { _id: 'doc-1' },
      { _id: 'doc-1' },
    ]);
    expect(
      await claimKey(entries, {
        _id: 'doc-1',
        merchantId: 'm-1',
        accountId: 'a',
        seq: 0,
        balance: 0,
        change: 0,
        key: 'y',
        latest: false,
      }),
    ).toBe(false);
  });

  it('reads by key with a projection, and casts the key where the model keys by ObjectId', async () => {
    expect(await getOwned(entries, 'doc-1', 'm-2', { select: { balance: 1 } })).toEqual({
      _id: 'doc-1',
      balance: 0,
      merchantId: 'm-2',
    });
    expect(await getOwned(entries, 'doc-1', 'm-2', { select: 'balance' })).toEqual({
      _id: 'doc-1',
      balance: 0,
      merchantId: 'm-2',
    });
    expect(await getByKey(entries, 'doc-1', { key: 0, seq: 0, accountId: 0 })).toEqual({
      _id: 'doc-1',
      merchantId: 'm-2',
      balance: 0,
      change: 0,
      latest: false,
    });
    const byObjectId = conn.model(
      'ObjectKeyed',
      new Schema({ merchantId: String, name: String }, { versionKey: false }).plugin(tenancyPlugin),
      'object_keyed',
    );
    const [doc] = await byObjectId.insertMany([{ merchantId: 'm-2', name: 'kept' }]);
    const id = String(doc?._id);
    expect(await getOwned(byObjectId, id, 'm-2')).toMatchObject({ name: 'kept' });
    expect(await getByKey(byObjectId, id, { name: 1 })).toMatchObject({ name: 'kept' });
    expect(await getOwned(byObjectId, id, 'm-1')).toBeNull();
  });

  it('appends each key once under concurrency, keeps the balance exact and the head readable by key', async () => {
    const results = await Promise.all([
      ...Array.from({ length: 20 }, (_, i) => add('acc-1', `k-${i}`, 10)),
      ...Array.from({ length: 10 }, (_, i) => add('acc-1', `k-${i}`, 10)),
    ]);
    expect(results.filter((r) => !r.replayed)).toHaveLength(20);
    const head = await readHead<Entry>(entries, streamIdOf(stream('acc-1')));
    expect(head).toMatchObject({ seq: 20, balance: 200 });
    expect((await entryByKey<Entry>(entries, { merchantId: 'm-1' }, 'k-3'))?.change).toBe(10);
    const flagged = await entries.find({ merchantId: 'm-1', accountId: 'acc-1', latest: true }).lean();
    expect(flagged.map((e) => e.seq)).toEqual([20]);
    const heads = await latestEntries<Entry>(entries, [stream('acc-1'), stream('none')], 'accountId');
    expect([...heads.keys()]).toEqual(['acc-1']);
  });

  it('trusts no head it remembers once another process wrote after it, a refusal included', async () => {
    // Another process: its own connection and model, so its own remembered heads.
    const other = await mongoose.createConnection(inject('mongodbUri'), { dbName: conn.name }).asPromise();
    try {
      const theirs = other.model<Entry>('Entry', entrySchema, 'entries');
      expect((await add('acc-5', 'a1', 10)).entry).toMatchObject({ seq: 1, balance: 10 });
      expect((await add('acc-5', 'b1', 10, Number.NEGATIVE_INFINITY, theirs)).entry).toMatchObject({
        seq: 2,
        balance: 20,
      });
      // On the head this process remembers (10) the spend would be refused; on the real one (20) it fits.
      expect((await add('acc-5', 'a2', -15, 0)).entry).toMatchObject({ seq: 3, balance: 5 });
      expect((await add('acc-5', 'a3', 1)).entry).toMatchObject({ seq: 4, balance: 6 });
      await add('acc-5', 'b2', 4, Number.NEGATIVE_INFINITY, theirs);
      // A stale head loses the sequence race and is read afresh: no gap, no lost change.
      expect((await add('acc-5', 'a4', 1)).entry).toMatchObject({ seq: 6, balance: 11 });
      await expect(add('acc-5', 'a5', -12, 0)).rejects.toThrow('below the floor');
      const all = await entries.find({ merchantId: 'm-1', accountId: 'acc-5' }).sort({ seq: 1 }).lean();
      expect(all.map((e) => [e.seq, e.balance])).toEqual([
        [1, 10],
        [2, 20],
        [3, 5],
        [4, 6],
        [5, 10],
        [6, 11],
      ]);
    } finally {
      await other.close();
    }
  });

  it('answers a replay on a remembered head with the first entry, without scanning for the key', async () => {
    expect((await add('acc-6', 'r1', 10)).entry).toMatchObject({ seq: 1, balance: 10 });
    const watch = watchScans([conn]);
    try {
      // The head (seq 1) is remembered: the key is not looked up before the insert, which the
      // key's unique index refuses; the answer is still the first entry, not a second one.
      const again = await add('acc-6', 'r1', 10);
      expect(again).toMatchObject({
        replayed: true,
        entry: { _id: entryIdOf(streamIdOf(stream('acc-6')), 1), balance: 10 },
      });
      // A replay whose `decide` would refuse on the head it sees (the spend already happened).
      expect((await add('acc-6', 's1', -8, 0)).entry).toMatchObject({ seq: 2, balance: 2 });
      const spent = await add('acc-6', 's1', -8, 0);
      expect(spent).toMatchObject({ replayed: true, entry: { seq: 2, balance: 2 } });
      expect(watch.scans()).toEqual([]);
    } finally {
      watch.stop();
    }
    const all = await entries.find({ merchantId: 'm-1', accountId: 'acc-6' }).sort({ seq: 1 }).lean();
    expect(all.map((e) => [e.key, e.balance])).toEqual([
      ['r1', 10],
      ['s1', 2],
    ]);
  });

  it('finds an entry whose key document a crash left unwritten, through its stream, and repairs it', async () => {
    await add('acc-3', 'kept', 5);
    const { entry } = await add('acc-3', 'orphan', 7);
    // A writer killed between the entry and its key document.
    await ledgerKeys(entries).deleteOne({ _id: `k|m-1|orphan` as never });
    expect(await entryByKey<Entry>(entries, { merchantId: 'm-1' }, 'orphan')).toBeNull();
    const near = { stream: stream('acc-3') };
    expect((await entryByKey<Entry>(entries, { merchantId: 'm-1' }, 'orphan', near))?._id).toBe(entry._id);
    expect((await entryByKey<Entry>(entries, { merchantId: 'm-1' }, 'orphan'))?._id).toBe(entry._id);
    expect(await entryByKey<Entry>(entries, { merchantId: 'm-1' }, 'never', near)).toBeNull();
  });

  it('lets exactly the affordable appends through when they race for one balance', async () => {
    await appendLedgerEntry(entries, stream('acc-2'), () => ({
      entry: { merchantId: 'm-1', accountId: 'acc-2', change: 50, balance: 50, key: 'open', latest: true },
    }));
    const spends = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        add('acc-2', `spend-${i}`, -10, 0).then(
          () => true,
          () => false,
        ),
      ),
    );
    expect(spends.filter(Boolean)).toHaveLength(5);
    expect((await readHead<Entry>(entries, streamIdOf(stream('acc-2'))))?.balance).toBe(0);
  });

  it('reads heads, keys, lists and queues without scanning, however much is stored', async () => {
    for (let i = 0; i < 100; i++) await add(`bulk-${i % 5}`, `bulk-${i}`, 1);
    const lists = conn.collection('lists');
    const queue = new WorkQueue<{ orderId: string }>(conn, 'queue');
    const watch = watchScans([conn]);
    try {
      await add('bulk-1', 'one-more', 1);
      expect(await readHead<Entry>(entries, streamIdOf(stream('bulk-1')))).toMatchObject({ seq: 21 });
      await Promise.all([addToList(lists, 'order-1', 'e-1'), addToList(lists, 'order-1', 'e-2')]);
      await addToList(lists, 'order-1', 'e-1');
      expect((await readList(lists, 'order-1')).sort()).toEqual(['e-1', 'e-2']);
      await queue.add('o-1', { orderId: 'o-1' }, new Date(Date.now() - 1_000));
      await queue.add('o-2', { orderId: 'o-2' }, new Date(Date.now() + 60_000));
      await queue.add('o-1', { orderId: 'o-1' }, new Date(Date.now() + 60_000));
      expect((await queue.due()).map((i) => i._id)).toEqual(['o-1']);
      await queue.remove('o-1');
      expect((await queue.peek()).map((i) => i._id)).toEqual(['o-2']);
      expect(watch.scans()).toEqual([]);
    } finally {
      watch.stop();
    }
  });

  it('inserts a document as create would store it: defaults, casting, validation, tenant and timestamps', async () => {
    interface Note {
      _id: string;
      merchantId: string;
      text: string;
      count: number;
      tags: { name: string; weight: number }[];
      status: string;
      createdAt: Date;
      updatedAt: Date;
    }
    const schema = new Schema<Note>(
      {
        _id: { type: String, required: true },
        merchantId: { type: String, required: true },
        text: { type: String, required: true, maxlength: 20 },
        count: { type: Number, default: 0 },
        tags: { type: [new Schema({ name: String, weight: { type: Number, default: 1 } }, { _id: false })] },
        status: { type: String, enum: ['OPEN', 'DONE'], default: 'OPEN' },
      },
      { versionKey: false, timestamps: true },
    );
    schema.plugin(tenancyPlugin);
    const notes = conn.model<Note>('Note', schema, 'notes');
    const before = Date.now();
    const stored = await insertDocument<Note>(notes, {
      _id: 'n-1',
      merchantId: 'm-1',
      text: 'hello',
      count: '3',
      tags: [{ name: 'a' }],
    });
    const read = await notes.collection.findOne({ _id: 'n-1' as never });
    expect(read).toEqual(stored);
    expect(read).toMatchObject({ count: 3, status: 'OPEN', tags: [{ name: 'a', weight: 1 }] });
    expect(read?.createdAt).toBeInstanceOf(Date);
    expect((read?.createdAt as Date | undefined)?.getTime()).toBeGreaterThanOrEqual(before);
    expect(read?.updatedAt).toEqual(read?.createdAt);

    await expect(
      insertDocument(notes, { _id: 'n-2', merchantId: 'm-1', text: 'x'.repeat(21) }),
    ).rejects.toThrow(mongoose.Error.ValidationError);
    await expect(
      insertDocument(notes, { _id: 'n-3', merchantId: 'm-1', text: 'a', status: 'LOST' }),
    ).rejects.toThrow(mongoose.Error.ValidationError);
    await expect(insertDocument(notes, { _id: 'n-4', text: 'no tenant' })).rejects.toThrow(TenancyViolation);
    await expect(
      insertDocument(notes, { _id: 'n-1', merchantId: 'm-1', text: 'again' }),
    ).rejects.toMatchObject({
      code: 11000,
    });
    expect(await claimKey(notes, { _id: 'n-1', merchantId: 'm-1', text: 'again' })).toBe(false);
    expect(await notes.countDocuments({ merchantId: 'm-1' })).toBe(1);
  });
});
