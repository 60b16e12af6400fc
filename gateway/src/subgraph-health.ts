import type { HealthReport } from '@pos/kit';

const HEALTH_TIMEOUT_MS = 2000;

/** `http://host:4001/graphql` -> `http://host:4001/health`. */
export function healthUrlOf(graphqlUrl: string): string {
  return new URL('/health', graphqlUrl).toString();
}

async function isHealthy(graphqlUrl: string): Promise<boolean> {
  try {
    const res = await fetch(healthUrlOf(graphqlUrl), { signal: AbortSignal.timeout(HEALTH_TIMEOUT_MS) });
    await res.body?.cancel();
    return res.ok;
  } catch {
    return false;
  }
}

/**
 * Readiness of the whole graph: the gateway is only useful when every subgraph is, so one
 * subgraph down (or its database down, which its own /health reports) makes the gateway 503.
 */
export function subgraphHealthCheck(subgraphUrls: () => ReadonlyMap<string, string>) {
  return async (): Promise<HealthReport> => {
    const entries = [...subgraphUrls()];
    const results = await Promise.all(
      entries.map(async ([name, url]) => [name, await isHealthy(url)] as const),
    );
    const checks: HealthReport['checks'] = {};
    for (const [name, ok] of results) checks[name] = ok ? 'ok' : 'down';
    return { ok: entries.length > 0 && results.every(([, ok]) => ok), checks };
  };
}
