import {
  badInput,
  checkAmount,
  checkText,
  getOwned,
  MAX_POINTS,
  putByKey,
  TEXT_MAX,
  type TimeZones,
} from '@pos/kit';
import { addDays, businessDate, type Clock } from '@pos/kit/dates';
import type { LoyaltySettingsInput } from '../__generated__/resolvers-types';
import { type CustomersModels, DEFAULT_SETTINGS, type SettingsDoc } from '../models';

/**
 * The merchant's loyalty and credit rules, with the defaults until they are set. Business and due
 * dates are in the merchant's own time zone, which users keeps (one zone per merchant, the one its
 * orders, shifts and cash book are dated in): a repayment dated in another zone would land on
 * another day of the cash book whenever the two zones' dates differ.
 */
export class SettingsService {
  constructor(
    private readonly models: CustomersModels,
    private readonly clock: Clock,
    private readonly zones: TimeZones,
  ) {}

  async get(merchantId: string): Promise<SettingsDoc> {
    const doc = await getOwned<SettingsDoc>(this.models.settings, merchantId, merchantId);
    return { ...DEFAULT_SETTINGS, ...stripId(doc), merchantId };
  }

  async set(merchantId: string, input: LoyaltySettingsInput): Promise<SettingsDoc> {
    if (input.timeZone != null) await this.sameZone(merchantId, input.timeZone);
    const current = await this.get(merchantId);
    const next: SettingsDoc = {
      ...current,
      ...(input.earnAmount != null ? { earnAmount: nonNegative(input.earnAmount, 'earnAmount') } : {}),
      ...(input.earnPoints != null
        ? { earnPoints: positiveInt(input.earnPoints, 'earnPoints', MAX_POINTS) }
        : {}),
      ...(input.redeemValuePerPoint != null
        ? { redeemValuePerPoint: nonNegative(input.redeemValuePerPoint, 'redeemValuePerPoint') }
        : {}),
      ...(input.creditTermDays != null
        ? { creditTermDays: positiveInt(input.creditTermDays, 'creditTermDays', 3650) }
        : {}),
      ...(input.tiers != null ? { tiers: tiers(input.tiers) } : {}),
    };
    // Settings are not shared counters: the last writer wins, which is what an owner expects.
    await putByKey(this.models.settings, merchantId, { ...next });
    return next;
  }

  /** The merchant's time zone, asked of users (cached there for a minute). */
  zone(merchantId: string): Promise<string> {
    return this.zones.of(merchantId);
  }

  async today(merchantId: string): Promise<string> {
    return businessDate(await this.zone(merchantId), this.clock());
  }

  dueDate(settings: SettingsDoc, today: string): string {
    return addDays(today, settings.creditTermDays);
  }

  /**
   * `timeZone` of the loyalty settings is kept for old clients: it may only restate the merchant's
   * zone, which is changed in the merchant's settings.
   */
  private async sameZone(merchantId: string, tz: string) {
    const given = timeZone(tz);
    const zone = await this.zone(merchantId);
    if (given !== zone)
      throw badInput(
        `Business and due dates follow the merchant's time zone (${zone}); change it in the merchant's settings`,
        'timeZone',
      );
  }
}

/** Points for an earnable amount: `earnPoints` per full `earnAmount`. */
export function pointsFor(settings: SettingsDoc, earnable: number): number {
  if (settings.earnAmount <= 0 || earnable <= 0) return 0;
  return Math.floor(earnable / settings.earnAmount) * settings.earnPoints;
}

/** The manual tier, else the highest spend tier reached. */
export function tierFor(settings: SettingsDoc, totalSpent: number, override: string | null | undefined) {
  if (override) return override;
  let tier: string | null = null;
  for (const t of settings.tiers) if (totalSpent >= t.minLifetimeSpend) tier = t.name;
  return tier;
}

function stripId(doc: SettingsDoc | null): Partial<SettingsDoc> {
  if (!doc) return {};
  // A zone stored by an earlier version is no longer the settings' own (see `zone`).
  const {
    _id,
    createdAt,
    updatedAt,
    timeZone: _zone,
    ...rest
  } = doc as SettingsDoc & Record<string, unknown>;
  return rest;
}

function nonNegative(n: number, field: string) {
  return checkAmount(n, field, 'money');
}

function positiveInt(n: number, field: string, max = 100_000) {
  return checkAmount(n, field, { min: 1, max, unit: field === 'earnPoints' ? 'points' : 'days' });
}

function timeZone(tz: string) {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return tz;
  } catch {
    throw badInput('Unknown time zone', 'timeZone');
  }
}

function tiers(list: readonly { name: string; minLifetimeSpend: number }[]) {
  if (list.length > 20) throw badInput('At most 20 tiers', 'tiers');
  const out = list.map((t) => ({
    name: checkText(t.name, 'tiers.name', TEXT_MAX.label),
    minLifetimeSpend: nonNegative(t.minLifetimeSpend, 'tiers.minLifetimeSpend'),
  }));
  if (out.some((t) => !t.name)) throw badInput('A tier needs a name', 'tiers');
  if (new Set(out.map((t) => t.name)).size !== out.length) throw badInput('Tier names must differ', 'tiers');
  return out.sort((a, b) => a.minLifetimeSpend - b.minLifetimeSpend);
}
