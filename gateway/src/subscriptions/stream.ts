import type { GraphQLDataSource } from '@apollo/gateway';
import type { Logger, TokenVerifier } from '@pos/kit';
import { type ExecutionResult, type FormattedExecutionResult, GraphQLError } from 'graphql';
import type { GatewayContext } from '../subgraph-data-source';
import type { PlannedSubscription, SubscriptionPlanner } from './plan';
import type { UpstreamPool } from './upstream';

export interface FederatedStreamOptions {
  planner: SubscriptionPlanner;
  planned: PlannedSubscription;
  upstream: UpstreamPool;
  services: Readonly<Record<string, GraphQLDataSource>>;
  variables: Record<string, unknown>;
  context: GatewayContext;
  verifier: TokenVerifier;
  logger: Logger;
}

const done = (): IteratorResult<ExecutionResult> => ({ done: true, value: undefined });

/** A stream of results and when its source has registered it (see SubscriptionBarrier). */
export interface LiveStream extends AsyncIterableIterator<ExecutionResult> {
  ready: Promise<void>;
}

/**
 * One client subscription: the primary subscription on its subgraph, each event re-authorized
 * (token expiry and revocation) and completed with the fields other subgraphs own.
 *
 * A hand-written iterator rather than an async generator, so that `return()` (the client
 * completed or disconnected) closes the upstream subscription at once: a generator would wait
 * for the pending upstream event first, which may never come.
 */
export function federatedStream(o: FederatedStreamOptions): LiveStream {
  const { primary } = o.planned;
  const variables = Object.fromEntries(
    (primary.variableUsages ?? []).filter((n) => n in o.variables).map((n) => [n, o.variables[n]]),
  );
  const { events: source, registered } = o.upstream.subscribe<Record<string, unknown>>(primary.serviceName, {
    query: primary.operation,
    variables,
    ...(primary.operationName ? { operationName: primary.operationName } : {}),
  });
  let finished = false;
  const finish = async () => {
    if (finished) return;
    finished = true;
    await source.return?.();
  };
  /** The last result before completing: the client learns why its stream ended. */
  const last = async (message: string, code: string): Promise<IteratorResult<ExecutionResult>> => {
    await finish();
    return { done: false, value: { errors: [new GraphQLError(message, { extensions: { code } })] } };
  };

  return {
    ready: registered,
    async next() {
      if (finished) return done();
      let event: IteratorResult<FormattedExecutionResult<Record<string, unknown>, unknown>>;
      try {
        event = await source.next();
      } catch (err) {
        if (finished) return done();
        o.logger.warn({ err, subgraph: primary.serviceName }, 'upstream subscription failed');
        return last('The live update source is unavailable', 'SERVICE_UNAVAILABLE');
      }
      if (event.done || finished) {
        finished = true;
        return done();
      }
      try {
        // Per event: the token may have expired or been revoked (logout) since the connection opened.
        const viewer = await o.verifier.verify(o.context.token ?? '');
        if (viewer.merchantId !== o.context.viewer?.merchantId)
          return last('Session changed', 'UNAUTHENTICATED');
      } catch {
        return last(
          'The access token has expired or been revoked; reconnect with a new one',
          'UNAUTHENTICATED',
        );
      }
      if (event.value.errors?.length && !event.value.data) {
        // The subgraph's errors are already masked there; only their public message and code pass.
        return { done: false, value: { errors: event.value.errors.map(publicError) } };
      }
      const resolved = await o.planner.resolveEvent(
        o.planned,
        event.value,
        o.services,
        o.context,
        o.variables,
      );
      const upstreamErrors = (event.value.errors ?? []).map(publicError);
      if (upstreamErrors.length) resolved.errors = [...(resolved.errors ?? []), ...upstreamErrors];
      return { done: false, value: resolved };
    },
    async return() {
      await finish();
      return done();
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

function publicError(e: { message: string; extensions?: Record<string, unknown> }): GraphQLError {
  const code = typeof e.extensions?.code === 'string' ? e.extensions.code : 'INTERNAL_SERVER_ERROR';
  return new GraphQLError(e.message, { extensions: { code } });
}
