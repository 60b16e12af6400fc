import { forbidden, unauthenticated, type Viewer } from '@pos/kit';

/** Who acts, for whom: the tenant every query is filtered by, and the staff member recorded. */
export interface Actor {
  merchantId: string;
  userId: string | null;
}

export const actorOf = (viewer: Viewer): Actor => ({ merchantId: viewer.merchantId, userId: viewer.userId });

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

/** Trimmed text or null; refuses what is too long to be a name or a note. */
export function optionalText(value: string | null | undefined, max = 500): string | null {
  const t = value?.trim();
  if (!t) return null;
  return t.length > max ? t.slice(0, max) : t;
}
