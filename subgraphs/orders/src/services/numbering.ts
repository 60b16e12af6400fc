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

/**
 * How often the hint is written: at a process's first number of a branch's day, then at every
 * eighth. A process after its first number starts from its own memory (`claimedHere`), so the
 * hint only serves another process or a restart, which then steps over at most this many taken
 * numbers once, instead of every sale paying a write.
 */
const HINT_EVERY = 8;

const dayKey = (o: Numbered) => `${o.merchantId}|${o.branchId}|${o.businessDate}`;
const numberKey = (o: Numbered, seq: number) => `${dayKey(o)}|${seq}`;

/**
 * Where the number search of an order may start: just past the highest number known taken of
 * its branch and day. Every number up to the hint is taken (the hint is written only after its
 * number was claimed, and numbers are claimed first-free-first), so no gap opens below it.
 */
export async function numberingStart(models: OrdersModels, order: Numbered): Promise<number> {
  const key = dayKey(order);
  const claimed = claimedHere(models).get(key);
  if (claimed !== undefined) return claimed + 1;
  const hint = await getByKey<OrderNumberHintDoc>(models.orderNumberHints, key);
  return (hint?.seq ?? 0) + 1;
}

/**
 * The highest number this process claimed per branch and day, so the next start needs no hint
 * read. It is a claimed number, so every number up to it is taken as well: a start after it
 * opens no gap. When another process took numbers since, the walk steps over them.
 */
const CLAIMED_LIMIT = 5_000;
const claimedByModels = new WeakMap<object, Map<string, number>>();

function claimedHere(models: OrdersModels): Map<string, number> {
  let claimed = claimedByModels.get(models.orderNumbers);
  if (!claimed) {
    claimed = new Map();
    claimedByModels.set(models.orderNumbers, claimed);
  }
  return claimed;
}

function noteClaimed(models: OrdersModels, key: string, seq: number): void {
  const claimed = claimedHere(models);
  const highest = Math.max(seq, claimed.get(key) ?? 0);
  claimed.delete(key);
  claimed.set(key, highest);
  if (claimed.size > CLAIMED_LIMIT) claimed.delete(claimed.keys().next().value as string);
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
      const key = dayKey(order);
      if (seq % HINT_EVERY === 0 || claimedHere(models).get(key) === undefined)
        await putByKey(models.orderNumberHints, key, { merchantId, seq });
      noteClaimed(models, key, seq);
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
