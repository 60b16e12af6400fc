import { SubgraphCallError } from '@pos/kit';

/** A subgraph that is down or broken, as opposed to one refusing our input. */
export const isOutage = (err: unknown) =>
  err instanceof SubgraphCallError && !err.codes.some((c) => c === 'BAD_USER_INPUT' || c === 'NOT_FOUND');
