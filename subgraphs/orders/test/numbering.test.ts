import { randomBytes } from 'node:crypto';
import mongoose, { type Connection } from 'mongoose';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type OrdersModels, registerModels } from '../src/models';
import { allocateOrderNumber, numberingStart } from '../src/services/numbering';

/**
 * Order numbers across processes and restarts: each process's models are a connection of their
 * own, so each has its own memory of the numbers it claimed, as separate processes do.
 */
const dbName = `orders_numbering_${randomBytes(4).toString('hex')}`;
const conns: Connection[] = [];

async function openProcess(): Promise<{ models: OrdersModels; hintWrites(): number }> {
  const conn = await mongoose
    .createConnection(inject('mongodbUri'), { dbName, monitorCommands: true })
    .asPromise();
  conns.push(conn);
  const models = registerModels(conn);
  await models.orderNumbers.createIndexes();
  let writes = 0;
  conn.getClient().on('commandStarted', (e) => {
    if (e.commandName === 'update' && e.command.update === 'order_number_hints') writes++;
  });
  return { models, hintWrites: () => writes };
}

beforeAll(async () => {
  await openProcess();
});
afterAll(async () => {
  await conns[0]?.dropDatabase();
  for (const c of conns) await c.close();
});

const order = () => ({
  _id: randomBytes(12).toString('hex'),
  merchantId: 'm-1',
  branchId: 'b-1',
  branchCode: 'PST',
  businessDate: '2026-12-05',
});

const number = async (models: OrdersModels) => {
  const o = order();
  return Number((await allocateOrderNumber(models, o, await numberingStart(models, o))).split('/').at(-1));
};

describe('order numbers', () => {
  it('stay gap-free and unique across two processes and a restart, writing the hint only now and then', async () => {
    const a = await openProcess();
    const b = await openProcess();
    const taken: number[] = [];
    for (let i = 0; i < 30; i++) taken.push(await number(i % 3 === 2 ? b.models : a.models));
    // A process writes the hint at its first number of the day, then every eighth number.
    expect(a.hintWrites()).toBeLessThanOrEqual(1 + Math.ceil(20 / 8) + 1);
    expect(b.hintWrites()).toBeLessThanOrEqual(1 + Math.ceil(10 / 8) + 1);

    const restarted = await openProcess();
    for (let i = 0; i < 5; i++) taken.push(await number(restarted.models));
    taken.push(...(await Promise.all([number(a.models), number(b.models), number(restarted.models)])));
    expect([...taken].sort((x, y) => x - y)).toEqual(Array.from({ length: 38 }, (_, i) => i + 1));
    expect(taken.slice(30, 35)).toEqual([31, 32, 33, 34, 35]);
  });
});
