import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { Logger } from 'pino';
import type { Viewer } from '../auth/viewer';
import type { ServiceMetrics } from '../metrics';

interface LoggedContext extends BaseContext {
  requestId: string;
  viewer: Viewer | null;
}

/** One structured log line per operation with request id, merchant and operation; never variables. */
export function operationLogPlugin<Ctx extends LoggedContext>(
  logger: Logger,
  metrics: ServiceMetrics,
): ApolloServerPlugin<Ctx> {
  return {
    async requestDidStart({ contextValue }) {
      const started = performance.now();
      return {
        async willSendResponse({ operationName, errors }) {
          const outcome = errors?.length ? 'error' : 'ok';
          const operation = operationName ?? 'anonymous';
          metrics.operations.inc({ operation: metrics.operationLabel(operation), outcome });
          logger.info(
            {
              reqId: contextValue.requestId,
              merchantId: contextValue.viewer?.merchantId,
              userId: contextValue.viewer?.userId,
              operation,
              ms: Math.round(performance.now() - started),
              errors: errors?.map((e) => e.extensions?.code ?? 'INTERNAL_SERVER_ERROR'),
            },
            'graphql operation',
          );
        },
      };
    },
  };
}
