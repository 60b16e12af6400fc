import { randomBytes } from 'node:crypto';
import { type DomainEvent, op } from '@pos/kit';
import mongoose, { type Connection } from 'mongoose';
import { expect, inject } from 'vitest';
import { SUBGRAPHS } from '../../../gateway/src/dev/subgraphs';
import { type Supergraph, signAccessToken, startSupergraph } from '../../../gateway/test/harness';
import { type ReportsModels, registerModels, type SalesDayRow } from '../src/models';
import { PENDING_LIMIT } from '../src/projections/day-rows';
import type { RunningReports } from '../src/server';

/** Users (for the merchant's letterhead) and reports only: nothing here depends on orders or couriers. */
export const startReportsSupergraph = () =>
  startSupergraph({ subgraphs: SUBGRAPHS.filter((s) => s.name === 'users' || s.name === 'reports') });

export const reportsOf = (sg: Supergraph) => sg.subgraphs.reports?.service as RunningReports;

/** Publishes like a producer would, then waits until the reports consumer logged every event. */
export async function publishAll(sg: Supergraph, events: readonly DomainEvent[]): Promise<void> {
  for (const e of events) await sg.bus.publish(e);
  const { models } = reportsOf(sg);
  const ids = events.map((e) => e.id);
  const merchantIds = [...new Set(events.map((e) => e.merchantId))];
  for (let i = 0; i < 200; i++) {
    let logged = 0;
    for (const merchantId of merchantIds)
      logged += await models.eventLog.countDocuments({ merchantId, _id: op({ $in: ids }) });
    if (logged === ids.length) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  // Logged first, projected right after (a refund may wait for its sale's retry): let them settle.
  await new Promise((r) => setTimeout(r, 600));
}

export async function tokenFor(
  sg: Supergraph,
  merchantId: string,
  scopes: string[],
  extra: { userId?: string; branchIds?: string[] } = {},
) {
  const { token } = await signAccessToken(sg, { merchantId, scopes, role: 'SUPERVISOR', ...extra });
  return token;
}

/** The read models in a database of their own on the run's server, for service-level tests. */
export async function openReportsDatabase(
  name: string,
): Promise<{ models: ReportsModels; conn: Connection; close(): Promise<void> }> {
  const conn = await mongoose
    .createConnection(inject('mongodbUri'), {
      dbName: `pos_reports_${name}_${randomBytes(4).toString('hex')}`,
      // Lets hot-path tests watch every command (`watchScans`).
      monitorCommands: true,
    })
    .asPromise();
  const models = registerModels(conn);
  await Promise.all(Object.values(models).map((m) => m.createIndexes()));
  return {
    models,
    conn,
    async close() {
      await conn.dropDatabase();
      await conn.close();
    },
  };
}

/**
 * A sales day row accounts for exactly `eventIds`, each once: on its short list (at most
 * PENDING_LIMIT) or settled into a mark (`addToDayRow`), never both when no writer died.
 */
export async function expectEachCountedOnce(
  models: ReportsModels,
  day: Pick<SalesDayRow, '_id' | 'merchantId' | 'events'>,
  eventIds: readonly string[],
): Promise<void> {
  const marks = await models.salesDayMarks.find({ merchantId: day.merchantId }).lean();
  const settled = marks
    .filter((m) => m._id.startsWith(`${day._id}|`))
    .map((m) => m._id.slice(day._id.length + 1));
  expect(day.events.length).toBeLessThanOrEqual(PENDING_LIMIT);
  expect(settled.filter((e) => day.events.includes(e))).toEqual([]);
  expect([...day.events, ...settled].sort()).toEqual([...eventIds].sort());
}
