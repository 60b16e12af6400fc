import { claimKey, getByKey, putByKey } from '@pos/kit';
import type { OrderDoc, OrderNumberDoc, OrderNumberHintDoc, OrdersModels } from '../models';
import { formatOrderNumber } from './calendar';

export class NumberingContention extends Error {
  constructor() {
    super('Order numbering is too busy; the recovery job will finish the order');
    this.name = 'NumberingContention';
  }
}

type Numbered = Pick<OrderDoc, '_id' | 'merchantId' | 'branchId' | 'branchCode' | 'businessDate'>;

/** The most positions one allocation walks; far above any branch's concurrent checkouts. */
const MAX_WALK = 2_000;

const dayKey = (o: Numbered) => `${o.merchantId}|${o.branchId}|${o.businessDate}`;
const numberKey = (o: Numbered, seq: number) => `${dayKey(o)}|${seq}`;

/**
 * Where the number search of an order may start: just past the highest number known taken of
 * its branch and day. Every number up to the hint is taken (the hint is written only after its
 * number was claimed, and numbers are claimed first-free-first), so no gap opens below it.
 */
export async function numberingStart(models: OrdersModels, order: Numbered): Promise<number> {
  const hint = await getByKey<OrderNumberHintDoc>(models.orderNumberHints, dayKey(order));
  return (hint?.seq ?? 0) + 1;
}

/**
 * Gives a completing order the first free number of its branch and business day at or after
 * `from`. Each number is a claim document keyed `<merchant>|<branch>|<date>|<seq>`: the insert
 * that wins owns it. Every completer of one order (the request and the recovery job) walks
 * from the same `from` (stored in the order's decision), so they meet on the same position:
 * the first one not owned by another order. Numbers are taken only once the order can no
 * longer fail, so none is lost (gap-free), and an order never holds two.
 */
export async function allocateOrderNumber(
  models: OrdersModels,
  order: Numbered,
  from: number,
): Promise<string> {
  const { merchantId, branchId, businessDate } = order;
  const format = (seq: number) => formatOrderNumber(order.branchCode, businessDate, seq);
  for (let seq = Math.max(1, from); seq < from + MAX_WALK; seq++) {
    const _id = numberKey(order, seq);
    const won = await claimKey(models.orderNumbers, {
      _id,
      merchantId,
      branchId,
      businessDate,
      seq,
      orderId: order._id,
    });
    if (won) {
      await putByKey(models.orderNumberHints, dayKey(order), { merchantId, seq });
      return format(seq);
    }
    const taken = await getByKey<OrderNumberDoc>(models.orderNumbers, _id);
    if (taken?.orderId === order._id) return format(seq);
    if (!taken) {
      // Only numbers taken before they were keyed by `_id` read as missing here; one of them
      // may be this order's own (the unique order index refused a second).
      const legacy = await models.orderNumbers.findOne({ merchantId, orderId: order._id }).lean();
      if (legacy) return format(legacy.seq);
    }
  }
  throw new NumberingContention();
}
