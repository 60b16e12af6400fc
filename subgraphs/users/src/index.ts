import { runSubgraphFromEnv } from '@pos/kit';
import { loadUsersEnv } from './config';
import { startUsersSubgraph } from './server';

await runSubgraphFromEnv('users', 4001, startUsersSubgraph, (env) => {
  const e = loadUsersEnv(env);
  if (!e.JWT_PRIVATE_KEY) throw new Error('Invalid configuration:\n  JWT_PRIVATE_KEY: required');
  return {
    accessTokenSeconds: e.ACCESS_TOKEN_SECONDS,
    refreshTokenSeconds: e.REFRESH_TOKEN_DAYS * 24 * 3600,
    privateKey: e.JWT_PRIVATE_KEY,
  };
});
