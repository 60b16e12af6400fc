import { isDuplicateKey } from '@pos/kit';
import type { OrderDoc, OrdersModels } from '../models';
import { formatOrderNumber } from './calendar';

export class NumberingContention extends Error {
  constructor() {
    super('Order numbering is too busy; the recovery job will finish the order');
    this.name = 'NumberingContention';
  }
}

/**
 * Gives a completing order the next number of its branch and business day. The counter is a
 * sequence of documents guarded by a unique (branch, date, seq) index: whoever inserts seq N
 * first owns it, a loser re-reads and tries N+1. Numbers are taken only once the order can no
 * longer fail, so none is ever lost (gap-free); a unique order id makes a second call return
 * the first number.
 */
export async function allocateOrderNumber(
  models: OrdersModels,
  order: Pick<OrderDoc, '_id' | 'merchantId' | 'branchId' | 'branchCode' | 'businessDate'>,
): Promise<string> {
  const { merchantId, branchId, businessDate } = order;
  const format = (seq: number) => formatOrderNumber(order.branchCode, businessDate, seq);
  const mine = () => models.orderNumbers.findOne({ merchantId, orderId: order._id }).lean();
  const existing = await mine();
  if (existing) return format(existing.seq);
  for (let attempt = 0; attempt < 500; attempt++) {
    const head = await models.orderNumbers
      .findOne({ merchantId, branchId, businessDate })
      .sort({ seq: -1 })
      .select({ seq: 1 })
      .lean();
    const seq = (head?.seq ?? 0) + 1;
    try {
      await models.orderNumbers.create({ merchantId, branchId, businessDate, seq, orderId: order._id });
      return format(seq);
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
      const taken = await mine();
      if (taken) return format(taken.seq);
      await new Promise((r) => setTimeout(r, Math.random() * Math.min(40, 2 + attempt)));
    }
  }
  throw new NumberingContention();
}
