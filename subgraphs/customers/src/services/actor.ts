import { forbidden, hasScope, unauthenticated, type Viewer } from '@pos/kit';

/** Who acts, for whom: the tenant every query is filtered by, and the staff member recorded. */
export interface Actor {
  merchantId: string;
  userId: string | null;
  /** May change what a customer pays (`prices:write`): a manual tier picks the tier's price rules. */
  maySetPrices?: boolean;
  /** Branches a staff member is limited to; empty or absent = every branch. */
  branchIds?: readonly string[];
}

export const actorOf = (viewer: Viewer): Actor => ({
  merchantId: viewer.merchantId,
  userId: viewer.userId,
  maySetPrices: hasScope(viewer, 'prices:write'),
  branchIds: viewer.branchIds,
});

/**
 * The tenant of an internal call. Orders forwards the cashier's token, which names it; a
 * recovery job has no token and names the merchant itself. Both at once must agree.
 */
export function internalActor(viewer: Viewer | null, merchantId: string | null | undefined): Actor {
  if (viewer) {
    if (merchantId && merchantId !== viewer.merchantId) throw forbidden('Another merchant');
    return actorOf(viewer);
  }
  if (!merchantId) throw unauthenticated('An internal call names its merchant by token or merchantId');
  return { merchantId, userId: null };
}
