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

const MAX_RANGE_DAYS = 3 * 366;

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
): Record<string, unknown> {
  checkRange(filter);
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

/** `from` not after `to`, and at most three years apart. */
export function checkRange(filter: Pick<ReportFilter, 'from' | 'to'>): void {
  if (filter.from > filter.to) throw badInput('`from` must not be after `to`', 'from');
  if (daysBetween(filter.from, filter.to) > MAX_RANGE_DAYS)
    throw badInput('The range is limited to 3 years', 'to');
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
