import { badInput, errorResult, getOwned, notFound, updateByKey } from '@pos/kit';
import type { CustomerDoc, CustomersModels } from '../models';
import type { Actor } from './actor';
import type { CreditLedger } from './credit-ledger';
import { findCustomer } from './lookup';
import type { PointsLedger } from './points.service';
import type { PurchaseStatsService } from './purchases.service';
import type { SettingsService } from './settings.service';

/**
 * Folds a duplicate into the customer who stays. Without transactions this is a sequence of
 * keyed steps (`merge-out:<source>` / `merge-in:<source>`): the source is marked MERGED first, so
 * new orders and events follow it to the target, then each balance moves once. A merge cut off
 * half-way is finished by repeating it.
 */
export class MergeService {
  constructor(
    private readonly models: CustomersModels,
    private readonly actor: Actor,
    private readonly deps: {
      points: PointsLedger;
      credit: CreditLedger;
      purchases: PurchaseStatsService;
      settings: SettingsService;
    },
  ) {}

  async merge(targetId: string, sourceId: string) {
    const { merchantId } = this.actor;
    if (targetId === sourceId) throw badInput('A customer cannot be merged into itself', 'sourceId');
    const source = await getOwned<CustomerDoc>(this.models.customers, sourceId, merchantId);
    const target = await findCustomer(this.models, merchantId, targetId);
    if (!source || !target) throw notFound('Customer');
    if (target.status !== 'ACTIVE' || target._id === source._id)
      return errorResult('MergeNotAllowed', 'The target must be an active customer');
    if (source.status === 'MERGED' && source.mergedIntoId !== target._id)
      return errorResult('MergeNotAllowed', 'The source was already merged into another customer');
    await updateByKey(this.models.customers, source._id, {
      $set: { status: 'MERGED', mergedIntoId: target._id },
    });
    await this.movePoints(source._id, target._id);
    await this.moveCredit(source._id, target._id);
    await this.moveStats(source._id, target._id);
    await updateByKey(this.models.customers, target._id, { $set: fillFrom(target, source) });
    return (await findCustomer(this.models, merchantId, target._id)) ?? target;
  }

  private async movePoints(sourceId: string, targetId: string) {
    const fields = { kind: 'MERGE' as const, recordedBy: this.actor.userId, reason: 'merge', at: new Date() };
    const { entry: out } = await this.deps.points.append(sourceId, `merge-out:${sourceId}`, (balance) => ({
      ...fields,
      change: -balance,
      balance: 0,
    }));
    await this.deps.points.append(targetId, `merge-in:${sourceId}`, (balance) => ({
      ...fields,
      change: -out.change,
      balance: balance - out.change,
    }));
  }

  private async moveCredit(sourceId: string, targetId: string) {
    const today = await this.deps.settings.today(this.actor.merchantId);
    const { entry: out } = await this.deps.credit.append(
      sourceId,
      `merge-out:${sourceId}`,
      today,
      (head) => ({
        kind: 'MERGE',
        change: -(head?.balance ?? 0),
        // Kept on the out entry so the in entry, even when written by a repeated merge, ages the
        // moved debt from the source's oldest due date.
        dueDate: head?.oldestDueDate ?? null,
        note: `merged into ${targetId}`,
      }),
    );
    await this.deps.credit.append(targetId, `merge-in:${sourceId}`, today, () => ({
      kind: 'MERGE',
      change: -out.change,
      dueDate: out.dueDate ?? today,
      note: `merged from ${sourceId}`,
    }));
  }

  private async moveStats(sourceId: string, targetId: string) {
    const out = await this.deps.purchases.record(sourceId, `merge-out:${sourceId}`, (head) => ({
      kind: 'MERGE',
      spent: -(head?.balance ?? 0),
      visits: -(head?.visitCount ?? 0),
    }));
    await this.deps.purchases.record(targetId, `merge-in:${sourceId}`, {
      kind: 'MERGE',
      spent: -out.change,
      visits: -out.visits,
      visitAt: out.lastVisitAt ?? null,
      firstVisitAt: out.firstVisitAt ?? null,
    });
  }
}

/** Empty profile fields of the target taken from the source; tags united. */
function fillFrom(target: CustomerDoc, source: CustomerDoc): Record<string, unknown> {
  const set: Record<string, unknown> = { tags: [...new Set([...target.tags, ...source.tags])] };
  for (const f of ['email', 'address', 'notes', 'tierOverride'] as const) {
    if (!target[f] && source[f]) set[f] = source[f];
  }
  const notes = [target.notes, source.notes].filter(Boolean);
  if (target.notes && source.notes && target.notes !== source.notes) set.notes = notes.join('\n');
  return set;
}
