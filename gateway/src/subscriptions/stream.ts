import type { GraphQLDataSource } from '@apollo/gateway';
import type { Logger, Viewer } from '@pos/kit';
import { type ExecutionResult, GraphQLError } from 'graphql';
import type { PlannedSubscription, SubscriptionPlanner } from './plan';
import type { StreamSource } from './shared';
import type { UpstreamHub } from './upstream';

export interface FederatedSourceOptions {
  planner: SubscriptionPlanner;
  planned: PlannedSubscription;
  hub: UpstreamHub;
  services: Readonly<Record<string, GraphQLDataSource>>;
  variables: Record<string, unknown>;
  operationName?: string | undefined;
  requestId: string;
  logger: Logger;
  /** The viewer of a token the stream fetches with. */
  viewerOf(token: string): Viewer | undefined;
}

/**
 * One federated subscription as a shared stream's source: the primary subscription on the
 * subgraph that owns the root field (multiplexed by the `UpstreamHub`), and per event the fields
 * other subgraphs own, fetched through the supergraph with the stream's freshest token.
 */
export function federatedSource(o: FederatedSourceOptions): StreamSource {
  const { primary } = o.planned;
  const variables = Object.fromEntries(
    (primary.variableUsages ?? []).filter((n) => n in o.variables).map((n) => [n, o.variables[n]]),
  );
  return {
    open: (sink, token) =>
      o.hub.subscribe(
        {
          subgraph: primary.serviceName,
          query: primary.operation,
          variables,
          ...(primary.operationName ? { operationName: primary.operationName } : {}),
          token,
        },
        sink,
      ),
    resolve: async (event, token): Promise<ExecutionResult> => {
      const context = { requestId: o.requestId, logger: o.logger, viewer: o.viewerOf(token) ?? null, token };
      const resolved = await o.planner.resolveEvent(o.planned, event, o.services, context, o.variables);
      if (!event.errors?.length) return resolved as ExecutionResult;
      // Errors beside data (a field the subgraph could not resolve): their public message and code.
      const upstreamErrors = event.errors.map((e) => {
        const code = typeof e.extensions?.code === 'string' ? e.extensions.code : 'INTERNAL_SERVER_ERROR';
        return new GraphQLError(e.message, { extensions: { code } });
      });
      return { ...resolved, errors: [...(resolved.errors ?? []), ...upstreamErrors] } as ExecutionResult;
    },
  };
}
