import { startCustomersSubgraph } from '@pos/customers';
import type { RunningService, ServiceOptions } from '@pos/kit';
import { startUsersSubgraph } from '@pos/users';

/** How the launchers (npm start, the e2e harness, the bench) start one subgraph in-process. */
export interface SubgraphEntry {
  /** As in schema/supergraph.config.json. */
  name: string;
  start(options: ServiceOptions): Promise<RunningService>;
  /** Only the subgraph that issues tokens gets the private key. */
  issuesTokens?: boolean;
}

/** Every subgraph of the supergraph, in port order: the first listens on 4001 by default, and so on. */
export const SUBGRAPHS: readonly SubgraphEntry[] = [
  { name: 'users', start: startUsersSubgraph, issuesTokens: true },
  // Before orders: its checkout calls customers' internal steps.
  { name: 'customers', start: startCustomersSubgraph },
];
