/**
 * Two reports processes in one consumer group on Redis, sharing the database: Redis hands each
 * event to one of them, so both add sales of the same day, branch and cashier at the same time.
 * On FerretDB an update rewrites the whole row and concurrent ones are lost, so the replicas take
 * a Redis lock per row (the kit's redis-lock test shows the losses it prevents under heavy
 * contention); here the whole path runs in real processes, with every sale published twice.
 */
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { type DomainEvent, GATEWAY_SECRET_HEADER, generateSigningKeys, op, RedisEventBus } from '@pos/kit';
import { deleteKeys, redisUrl, silent, uniquePrefix, waitFor } from '@pos/kit/events/test-support';
import { Redis } from 'ioredis';
import mongoose from 'mongoose';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectNoErrors, postGraphQL, signAccessToken } from '../../../gateway/test/harness';
import { ChildProcesses, type Launched } from '../../../gateway/test/processes';
import { type ReportsModels, registerModels, type SalesDayRow } from '../src/models';
import { CONSUMED_EVENTS } from '../src/projections';
import { B1, C1, C2, completed, line, plain } from './fixtures';

const launcher = fileURLToPath(new URL('./processes/reports.ts', import.meta.url));
const SALES = 60;

describe('two reports replicas adding to the same day rows at once', () => {
  const prefix = uniquePrefix('reports-replicas');
  const dbName = `pos_reports_replicas_${randomBytes(4).toString('hex')}`;
  const mongodbUri = inject('mongodbUri');
  const merchantId = randomBytes(12).toString('hex');
  const gatewaySecret = randomBytes(24).toString('base64url');
  const children = new ChildProcesses();
  const publisher = new RedisEventBus({ url: redisUrl, prefix, logger: silent });
  const redis = new Redis(redisUrl);
  let conn: mongoose.Connection;
  let models: ReportsModels;
  let keys: Awaited<ReturnType<typeof generateSigningKeys>>;
  let replicas: Launched[];

  /** 60 Kopi Susu sales (15,000 each, cost 6,000) on 1 April, alternating two cashiers. */
  const events: DomainEvent[] = Array.from({ length: SALES }, (_, i) =>
    plain(
      completed(merchantId, {
        id: `R${i}`,
        branchId: B1,
        cashierId: i % 2 ? C2 : C1,
        businessDate: '2026-04-01',
        completedAt: '2026-04-01T03:00:00Z',
        lines: [line('P1', 1)],
        payments: [['CASH', 15000]],
      }),
    ),
  );

  async function pendingCount(): Promise<number> {
    let total = 0;
    for (const type of CONSUMED_EVENTS) {
      const key = publisher.streamKey(type);
      if (!(await redis.exists(key))) continue;
      const summary = (await redis.xpending(key, 'reports').catch(() => [0])) as [number];
      total += Number(summary[0] ?? 0);
    }
    return total;
  }

  beforeAll(async () => {
    keys = await generateSigningKeys();
    conn = await mongoose.createConnection(mongodbUri, { dbName }).asPromise();
    models = registerModels(conn);
    const env = {
      MONGODB_URI: mongodbUri,
      DB_NAME: dbName,
      REDIS_URL: redisUrl,
      REDIS_PREFIX: prefix,
      GATEWAY_SECRET: gatewaySecret,
      INTERNAL_SECRET: randomBytes(24).toString('base64url'),
      JWT_PUBLIC_KEY: keys.publicKey,
      CLAIM_IDLE_MS: '1000',
    };
    replicas = await Promise.all([children.launch(launcher, env), children.launch(launcher, env)]);
  });

  afterAll(async () => {
    await children.stopAll();
    await publisher.close();
    await redis.quit();
    await deleteKeys(prefix);
    await conn?.dropDatabase();
    await conn?.close();
  });

  it('adds every sale once, whichever replica handled it, even when it is published twice', async () => {
    await Promise.all([...events, ...events].map((e) => publisher.publish(e)));
    await waitFor(
      async () =>
        (await models.eventLog.countDocuments({ merchantId, _id: op({ $in: events.map((e) => e.id) }) })) ===
          SALES && (await pendingCount()) === 0,
      'every sale to be logged and acked',
      60_000,
    );

    const days = await models.salesDays.find({ merchantId }).sort({ cashierId: 1 }).lean<SalesDayRow[]>();
    expect(
      days.map((d) => [d.cashierId, d.orders, d.net, d.profit, new Set(d.events).size, d.events.length]),
    ).toEqual([
      [C1, 30, 450_000, 270_000, 30, 30],
      [C2, 30, 450_000, 270_000, 30, 30],
    ]);

    const { token } = await signAccessToken({ keys }, { merchantId, scopes: ['reports:read'] });
    const { body } = await postGraphQL(
      replicas[1]?.url as string,
      '{ salesByCashier(filter: { from: "2026-04-01", to: "2026-04-01" }) { cashierId orders net } }',
      {},
      { token, headers: { [GATEWAY_SECRET_HEADER]: gatewaySecret } },
    );
    expect(expectNoErrors(body)).toEqual({
      salesByCashier: [
        { cashierId: C1, orders: 30, net: '450000' },
        { cashierId: C2, orders: 30, net: '450000' },
      ],
    });
  });
});
