/**
 * Sales summary by day over one year of order lines: through the reports service (mongoose,
 * portable `$match`+`$group` per column) against one aggregation with the MongoDB driver.
 */
import { randomBytes } from 'node:crypto';
import { createLogger } from '@pos/kit';
import mongoose from 'mongoose';
import { registerModels } from '../../subgraphs/reports/src/models';
import { SalesReportService } from '../../subgraphs/reports/src/services/sales.service';
import { seedSaleLines } from '../../subgraphs/reports/test/seed-lines';

export interface ReportsBenchResult {
  lines: number;
  seedMs: number;
  serviceMs: number;
  driverMs: number;
  ratio: number;
}

export async function benchReports(
  mongodbUri: string,
  lines = 1_000_000,
  runs = 3,
): Promise<ReportsBenchResult> {
  const logger = createLogger('bench', 'silent');
  const dbName = `pos_reports_bench_${randomBytes(4).toString('hex')}`;
  const conn = await mongoose.createConnection(mongodbUri, { dbName }).asPromise();
  try {
    const models = registerModels(conn);
    await Promise.all(Object.values(models).map((m) => m.createIndexes()));
    const merchantId = randomBytes(12).toString('hex');
    let t = Date.now();
    await seedSaleLines(models, merchantId, lines);
    const seedMs = Date.now() - t;
    const service = new SalesReportService(models, {
      merchantId,
      userId: 'bench',
      branchIds: [],
      seeAllShifts: true,
    });
    const filter = { from: '2025-01-01', to: '2025-12-31' };
    const best = async (fn: () => Promise<unknown>) => {
      let min = Number.POSITIVE_INFINITY;
      for (let i = 0; i < runs; i++) {
        t = performance.now();
        await fn();
        min = Math.min(min, performance.now() - t);
      }
      return min;
    };
    const serviceMs = await best(() => service.summary(filter, 'DAY'));
    const collection = conn.db?.collection('sale_orders');
    const driverMs = await best(async () =>
      collection
        ?.aggregate([
          { $match: { merchantId, businessDate: { $gte: filter.from, $lte: filter.to } } },
          { $group: { _id: '$businessDate', net: { $sum: '$net' }, orders: { $sum: '$orders' } } },
          { $sort: { _id: 1 } },
        ])
        .toArray(),
    );
    logger.info({ serviceMs, driverMs }, 'reports bench');
    return { lines, seedMs, serviceMs, driverMs, ratio: serviceMs / driverMs };
  } finally {
    await conn.dropDatabase().catch(() => undefined);
    await conn.close();
  }
}
