import { startCouriersSubgraph } from '@pos/couriers';
import { startCustomersSubgraph } from '@pos/customers';
import type { RunningService, ServiceOptions } from '@pos/kit';
import { type PaymentsOptions, startOrdersSubgraph } from '@pos/orders';
import { startProductsSubgraph } from '@pos/products';
import { startReportsSubgraph } from '@pos/reports';
import { startUsersSubgraph } from '@pos/users';

/** How the launchers (npm start, the e2e harness, the bench) start one subgraph in-process. */
export interface SubgraphEntry {
  /** As in schema/supergraph.config.json. */
  name: string;
  start(options: ServiceOptions): Promise<RunningService>;
  /** Where `npm start` listens, as in the README and supergraph.config.json (`PORT_<NAME>` overrides). */
  port: number;
  /** Only the subgraph that issues tokens gets the private key. */
  issuesTokens?: boolean;
}

/**
 * Every subgraph of the supergraph, in start order. Subgraphs look each other's URLs up per call,
 * so the order only matters for readability: users first, since every other one trusts its tokens.
 */
export const SUBGRAPHS: readonly SubgraphEntry[] = [
  { name: 'users', start: startUsersSubgraph, port: 4001, issuesTokens: true },
  { name: 'products', start: startProductsSubgraph, port: 4002 },
  { name: 'orders', start: startOrdersSubgraph, port: 4003 },
  { name: 'couriers', start: startCouriersSubgraph, port: 4004 },
  { name: 'customers', start: startCustomersSubgraph, port: 4005 },
  { name: 'reports', start: startReportsSubgraph, port: 4006 },
];

/** The entries with orders charging through the given payment provider (`npm start`). */
export function withPayments(
  entries: readonly SubgraphEntry[],
  payments: PaymentsOptions | undefined,
): SubgraphEntry[] {
  if (!payments) return [...entries];
  return entries.map((entry) =>
    entry.name === 'orders' ? { ...entry, start: (o) => startOrdersSubgraph({ ...o, payments }) } : entry,
  );
}
