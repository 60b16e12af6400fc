import { badInput, canUseBranch, forbidden, hasScope, op, type PaymentMethod, type Viewer } from '@pos/kit';

/**
 * Whose data a report may read: the merchant, and the branches the viewer works in. Built from
 * the viewer for GraphQL, and from a verified download link for exports (no viewer there).
 */
export interface ReportScope {
  merchantId: string;
  userId: string;
  /** Empty: every branch of the merchant. */
  branchIds: readonly string[];
  /** False for cashiers: shift reports show only their own shifts. */
  seeAllShifts: boolean;
}

export function scopeOf(viewer: Viewer): ReportScope {
  return {
    merchantId: viewer.merchantId,
    userId: viewer.userId,
    branchIds: [...viewer.branchIds],
    seeAllShifts: hasScope(viewer, 'shifts:read-all'),
  };
}

export interface ReportFilter {
  from: string;
  to: string;
  branchId?: string | null;
  cashierId?: string | null;
  productId?: string | null;
  categoryId?: string | null;
  paymentMethod?: PaymentMethod | null;
}

export type OptionalFilter = 'cashierId' | 'productId' | 'categoryId' | 'paymentMethod';

/** The longest range a report may cover: a number of days (both ends counted), or calendar years. */
export type RangeLimit = { days: number } | { years: number };

/** Every report's range, unless it says otherwise: under 3 calendar years. */
export const REPORT_RANGE: RangeLimit = { years: 3 };

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * The `$match` every report starts with: merchant first (the tenancy plugin insists), the
 * business-date range, the branches the viewer may see, then the filters this report supports.
 * A filter the report cannot apply is refused rather than silently ignored.
 */
export function matchFor(
  scope: ReportScope,
  filter: ReportFilter,
  supported: readonly OptionalFilter[],
  dateField = 'businessDate',
  range: RangeLimit = REPORT_RANGE,
): Record<string, unknown> {
  checkRange(filter, range);
  refuseUnsupported(filter, supported);
  const match: Record<string, unknown> = {
    merchantId: scope.merchantId,
    [dateField]: op({ $gte: filter.from, $lte: filter.to }),
  };
  const branch = branchMatch(scope, filter.branchId);
  if (branch !== undefined) match.branchId = branch;
  if (filter.cashierId) match.cashierId = filter.cashierId;
  if (filter.productId) match.productId = filter.productId;
  if (filter.categoryId) match.categoryId = filter.categoryId;
  if (filter.paymentMethod) match.method = filter.paymentMethod;
  return match;
}

/**
 * `from` not after `to`, and within the limit: `{ days: 366 }` allows 2026-01-01..2026-12-31 and
 * 2024-01-01..2024-12-31; `{ years: 3 }` allows 2023-01-01..2025-12-31 but not a day more.
 */
export function checkRange(
  filter: Pick<ReportFilter, 'from' | 'to'>,
  limit: RangeLimit = REPORT_RANGE,
): void {
  if (filter.from > filter.to) throw badInput('`from` must not be after `to`', 'from');
  const tooLong =
    'days' in limit
      ? daysBetween(filter.from, filter.to) + 1 > limit.days
      : filter.to >= addYears(filter.from, limit.years);
  if (tooLong)
    throw badInput(
      `The range is limited to ${'days' in limit ? `${limit.days} days` : `${limit.years} years`}`,
      'to',
    );
}

/** The same calendar day `years` later, as YYYY-MM-DD (compared as a string). */
function addYears(date: string, years: number): string {
  return `${Number(date.slice(0, 4)) + years}${date.slice(4)}`;
}

/** A filter this report cannot apply is refused, never silently ignored. */
export function refuseUnsupported(filter: Partial<ReportFilter>, supported: readonly OptionalFilter[]): void {
  for (const key of ['cashierId', 'productId', 'categoryId', 'paymentMethod'] as const) {
    if (filter[key] && !supported.includes(key))
      throw badInput(`This report cannot be filtered by ${key}`, key);
  }
}

/**
 * The branches a report covers: the one asked for, which the viewer must work in, or else every
 * branch the viewer works in (empty: every branch of the merchant).
 */
export function visibleBranches(scope: ReportScope, branchId?: string | null): string[] {
  if (!branchId) return [...scope.branchIds];
  if (!canUseBranch({ branchIds: scope.branchIds } as Viewer, branchId))
    throw forbidden('You do not work in this branch');
  return [branchId];
}

/** A branch the viewer does not work in is refused; without one, their branches only. */
export function branchMatch(scope: ReportScope, branchId?: string | null): unknown {
  const branches = visibleBranches(scope, branchId);
  if (branchId) return branchId;
  return branches.length > 0 ? op({ $in: branches }) : undefined;
}
