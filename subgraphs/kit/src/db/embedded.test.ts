import { connect } from 'node:net';
import mongoose from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type EmbeddedDatabase, startEmbeddedDatabase } from './embedded';

// The first run may build the FerretDB launcher from the Go module proxy.
const FIRST_START_TIMEOUT_MS = 300_000;

const itemSchema = new mongoose.Schema({ k: { type: String, required: true, unique: true }, n: Number });
const itemModel = (conn: mongoose.Connection) => conn.model('Item', itemSchema);

describe('startEmbeddedDatabase', () => {
  let db: EmbeddedDatabase;
  let conn: mongoose.Connection;
  let Item: ReturnType<typeof itemModel>;

  beforeAll(async () => {
    db = await startEmbeddedDatabase({ log: () => undefined });
    conn = await mongoose.createConnection(db.uri, { dbName: 'embedded_test' }).asPromise();
    Item = itemModel(conn);
    await Item.init();
  }, FIRST_START_TIMEOUT_MS);

  afterAll(async () => {
    await conn?.close();
    await db?.stop();
  });

  it('listens on loopback only', () => {
    expect(new URL(db.uri).hostname).toBe('127.0.0.1');
  });

  it('stores and reads back a document', async () => {
    await Item.create({ k: 'a', n: 1 });
    const found = await Item.findOne({ k: 'a' }).lean();
    expect(found).toMatchObject({ k: 'a', n: 1 });
  });

  it('rejects a duplicate key of a unique index with E11000', async () => {
    await Item.create({ k: 'dup', n: 1 });
    await expect(Item.create({ k: 'dup', n: 2 })).rejects.toMatchObject({ code: 11000 });
  });

  it('stops the server and frees its port', async () => {
    await conn.close();
    await db.stop();
    await expect(acceptsConnections(Number(new URL(db.uri).port))).resolves.toBe(false);
  });
});

function acceptsConnections(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}
