import { requireInProduction, runSubgraphFromEnv } from '@pos/kit';
import { loadReportsEnv } from './config';
import { startReportsSubgraph } from './server';

await runSubgraphFromEnv('reports', 4006, startReportsSubgraph, (env) => {
  const e = loadReportsEnv(env);
  // In development the gateway listens on its default address.
  const publicUrl = requireInProduction(
    e.NODE_ENV,
    'PUBLIC_URL',
    e.PUBLIC_URL,
    () => 'http://127.0.0.1:4000',
  );
  return {
    publicUrl: () => publicUrl,
    linkTtlSeconds: e.REPORTS_LINK_TTL_SECONDS,
    ...(e.REPORTS_LINK_SECRET ? { linkSecret: e.REPORTS_LINK_SECRET } : {}),
  };
});
