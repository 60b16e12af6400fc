import { getOwned, op } from '@pos/kit';
import { addDays, businessDate } from '@pos/kit/dates';
import type { CreditRow, DeliveryRow, ReportsModels, ShiftRow } from '../models';
import { BUCKETS, bucketOf, daysPast } from './aging';
import { monthRange, type SalesFigures } from './figures';
import { byDesc, groupSums } from './group';
import type { SalesReportService } from './sales.service';
import { branchMatch, matchFor, type ReportFilter, type ReportScope } from './scope';

/** Shifts, deliveries, kasbon and the owner dashboard. */
export class OperationsReportService {
  constructor(
    private readonly models: ReportsModels,
    private readonly scope: ReportScope,
  ) {}

  /** Filters: branch, cashier. Without `shifts:read-all` only the viewer's own shifts. */
  shifts(filter: ReportFilter): Promise<ShiftRow[]> {
    const match = matchFor(this.scope, filter, ['cashierId']);
    if (!this.scope.seeAllShifts) match.cashierId = this.scope.userId;
    return this.models.shifts.find(match).sort({ closedAt: 1, _id: 1 }).lean<ShiftRow[]>().exec();
  }

  /** Deliveries whose last transition falls in the period; filters: branch. */
  async courierPerformance(filter: ReportFilter) {
    const match = { ...matchFor(this.scope, filter, []), courierId: op({ $ne: null }) };
    const rows = (
      await groupSums(this.models.deliveries, match, '$courierId', [
        'done',
        'cancelled',
        'onTime',
        'deliveryMinutes',
      ])
    ).sort(byDesc('done'));
    return rows.map((r) => {
      const done = r.done ?? 0;
      return {
        courierId: String(r._id),
        done,
        cancelled: r.cancelled ?? 0,
        averageMinutes: done > 0 ? Math.round(((r.deliveryMinutes ?? 0) / done) * 10) / 10 : null,
        onTimeRate: done > 0 ? Math.round(((r.onTime ?? 0) / done) * 1000) / 1000 : null,
      };
    });
  }

  /** Done after the promised time, or open (READY/DELIVERING) past it at `asOf`; filters: branch. */
  async lateDeliveries(filter: ReportFilter, asOf: Date = new Date()) {
    const rows = await this.models.deliveries
      .find({ ...matchFor(this.scope, filter, []), promisedAt: op({ $ne: null }) })
      .sort({ promisedAt: 1 })
      .lean<DeliveryRow[]>();
    return rows.flatMap((d) => {
      const promised = d.promisedAt as Date;
      const open = d.status === 'READY' || d.status === 'DELIVERING';
      const end = open ? asOf : d.doneAt;
      if (!end || d.status === 'CANCELLED' || (!open && !d.late)) return [];
      const minutesLate = Math.floor((end.getTime() - promised.getTime()) / 60_000);
      if (minutesLate <= 0) return [];
      return [
        {
          deliveryId: d.deliveryId,
          orderId: d.orderId,
          branchId: d.branchId,
          courierId: d.courierId,
          status: d.status,
          promisedAt: promised,
          doneAt: d.doneAt,
          minutesLate,
        },
      ];
    });
  }

  /** Customers with an outstanding balance, aged by days past their due date at `asOf`. */
  async kasbonAging(asOf: string) {
    const entries = await this.models.credits
      .find({ merchantId: this.scope.merchantId })
      .sort({ customerId: 1, entrySeq: -1 })
      .lean<CreditRow[]>();
    // Entries come newest first per customer: the first one seen is the current balance.
    const latest = new Map<string, CreditRow>();
    for (const e of entries) if (!latest.has(e.customerId)) latest.set(e.customerId, e);
    const balances = [...latest.values()].filter((c) => c.balance > 0);
    const rows = balances.map((c) => {
      const daysOverdue = c.dueDate ? daysPast(c.dueDate, asOf) : 0;
      return {
        customerId: c.customerId,
        balance: c.balance,
        dueDate: c.dueDate,
        daysOverdue,
        bucket: bucketOf(daysOverdue),
      };
    });
    const buckets = BUCKETS.map((bucket) => {
      const inBucket = rows.filter((r) => r.bucket === bucket);
      return { bucket, balance: inBucket.reduce((t, r) => t + r.balance, 0), customers: inBucket.length };
    });
    return { asOf, rows, buckets };
  }

  /** "Today" is the business date in the merchant's time zone (as stored from the users subgraph). */
  async today(now: Date = new Date()): Promise<string> {
    const profile = await getOwned<{ timeZone: string }>(
      this.models.merchants,
      this.scope.merchantId,
      this.scope.merchantId,
    );
    return businessDate(profile?.timeZone ?? 'Asia/Jakarta', now);
  }

  /**
   * Today, yesterday, this month and last month from one read of the day roll-up (a few rows per
   * day since the first of last month): cheap enough to poll every few seconds.
   */
  async dashboard(sales: SalesReportService, branchId: string | null | undefined, now: Date = new Date()) {
    branchMatch(this.scope, branchId);
    const today = await this.today(now);
    const yesterday = addDays(today, -1);
    const lastMonth = monthRange(today, -1);
    const [t, y, m, l] = await sales.totalsOf({ from: lastMonth.from, to: today, branchId }, [
      { from: today, to: today },
      { from: yesterday, to: yesterday },
      { from: monthRange(today).from, to: today },
      lastMonth,
    ]);
    return {
      today: { ...(t as SalesFigures), period: today },
      yesterday: { ...(y as SalesFigures), period: yesterday },
      thisMonth: { ...(m as SalesFigures), period: today.slice(0, 7) },
      lastMonth: { ...(l as SalesFigures), period: lastMonth.from.slice(0, 7) },
      generatedAt: now,
    };
  }
}
