import { runSubgraphFromEnv } from '@pos/kit';
import { loadReportsEnv } from './config';
import { startReportsSubgraph } from './server';

await runSubgraphFromEnv('reports', 4006, startReportsSubgraph, (env) => {
  const e = loadReportsEnv(env);
  return {
    linkTtlSeconds: e.REPORTS_LINK_TTL_SECONDS,
    ...(e.REPORTS_LINK_SECRET ? { linkSecret: e.REPORTS_LINK_SECRET } : {}),
  };
});
