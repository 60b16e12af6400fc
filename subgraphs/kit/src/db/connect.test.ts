import { randomBytes } from 'node:crypto';
import mongoose, { Schema } from 'mongoose';
import pino from 'pino';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { connectDatabase, indexesFor, isFerretDB } from './connect';

const rowSchema = () => {
  const s = new Schema({ _id: String, merchantId: String, key: String, day: String }, { versionKey: false });
  s.index({ merchantId: 1, key: 1 }, { unique: true });
  s.index({ merchantId: 1, day: 1 });
  return s;
};

describe('connectDatabase on the embedded engine', () => {
  const dbName = `kit_connect_${randomBytes(4).toString('hex')}`;
  const opened: mongoose.Connection[] = [];
  afterAll(async () => {
    await opened[0]?.dropDatabase();
    await Promise.all(opened.map((c) => c.close()));
  });

  it('builds the unique guards and drops read-path indexes the engine would only pay to keep', async () => {
    const uri = inject('mongodbUri');
    // An older version built every declared index.
    const before = await mongoose.createConnection(uri, { dbName }).asPromise();
    opened.push(before);
    const old = before.model('Row', rowSchema(), 'rows');
    await old.createIndexes();
    expect((await old.collection.indexes()).map((i) => i.name).sort()).toEqual([
      '_id_',
      'merchantId_1_day_1',
      'merchantId_1_key_1',
    ]);
    expect(await isFerretDB(before)).toBe(true);

    const conn = await connectDatabase({ uri, dbName, logger: pino({ level: 'silent' }) }, (c) => {
      c.model('Row', rowSchema(), 'rows');
    });
    opened.push(conn);
    const indexes = await conn.model('Row').collection.indexes();
    expect(indexes.map((i) => [i.name, i.unique === true]).sort()).toEqual([
      ['_id_', false],
      ['merchantId_1_key_1', true],
    ]);
    // The guard still guards.
    const rows = conn.model('Row');
    await rows.create({ _id: 'a', merchantId: 'm', key: 'k', day: '2026-12-05' });
    await expect(
      rows.create({ _id: 'b', merchantId: 'm', key: 'k', day: '2026-12-05' }),
    ).rejects.toMatchObject({
      code: 11000,
    });
  });

  it('tells guards from read paths by the declaration alone', () => {
    const { guards, readPaths } = indexesFor({ schema: rowSchema() });
    expect(guards.map(([f]) => f)).toEqual([{ merchantId: 1, key: 1 }]);
    expect(readPaths.map(([f]) => f)).toEqual([{ merchantId: 1, day: 1 }]);
  });
});
