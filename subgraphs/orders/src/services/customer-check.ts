import { notFound, serviceUnavailable } from '@pos/kit';
import { isOutage } from './outage';
import type { CallContext, CustomersPort } from './ports';

/**
 * A customer id from an input must name a customer of the caller's merchant; customers owns
 * them, so it answers (its references resolve within the token's merchant only). Another
 * merchant's customer reads like a missing one: `notFound('Customer')` either way.
 */
export async function requireCustomer(
  customers: CustomersPort,
  call: CallContext,
  customerId: string | null | undefined,
): Promise<void> {
  if (!customerId) return;
  let found: Set<string>;
  try {
    found = customers.available() ? await customers.existing(call, [customerId]) : new Set();
  } catch (err) {
    if (isOutage(err)) throw serviceUnavailable('Customers cannot be checked now; try again');
    throw err;
  }
  if (!found.has(customerId)) throw notFound('Customer');
}
