import type { GraphQLError } from 'graphql';
import { traceCarrier } from '../tracing';
import { GATEWAY_SECRET_HEADER, REQUEST_ID_HEADER } from './server';

export const INTERNAL_SECRET_HEADER = 'x-internal-secret';

export interface SubgraphCallOptions {
  /** The end user's access token, forwarded so the callee checks the same viewer. */
  token?: string | null;
  requestId?: string;
  signal?: AbortSignal;
}

/** A failure of the callee (down, timed out, or an error it returned), never the caller's input. */
export class SubgraphCallError extends Error {
  constructor(
    readonly subgraph: string,
    message: string,
    readonly codes: string[] = [],
  ) {
    super(`${subgraph}: ${message}`);
    this.name = 'SubgraphCallError';
  }
}

/**
 * Calls another subgraph directly (not through the gateway) for internal operations such as
 * reserving stock during checkout. Internal fields are `@inaccessible`, so the gateway never
 * exposes them; the callee also requires the internal secret, which the gateway does not hold.
 */
export class SubgraphClient {
  /**
   * `url` may be a function: peers started on port 0 are known only once they listen, so the
   * launcher fills one shared URL map as each starts and the client reads it at call time.
   */
  constructor(
    readonly name: string,
    private readonly url: string | (() => string | undefined),
    private readonly secrets: { gatewaySecret: string; internalSecret: string },
    private readonly timeoutMs = 10_000,
  ) {}

  async request<T>(
    query: string,
    variables: Record<string, unknown>,
    opts: SubgraphCallOptions = {},
  ): Promise<T> {
    const url = typeof this.url === 'function' ? this.url() : this.url;
    if (!url) throw new SubgraphCallError(this.name, 'no URL configured');
    let res: Response;
    try {
      res = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [GATEWAY_SECRET_HEADER]: this.secrets.gatewaySecret,
          [INTERNAL_SECRET_HEADER]: this.secrets.internalSecret,
          ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
          ...(opts.requestId ? { [REQUEST_ID_HEADER]: opts.requestId } : {}),
          ...traceCarrier(),
        },
        body: JSON.stringify({ query, variables }),
        signal: opts.signal ?? AbortSignal.timeout(this.timeoutMs),
      });
    } catch (err) {
      throw new SubgraphCallError(this.name, `unreachable (${(err as Error).message})`);
    }
    const body = (await res.json().catch(() => null)) as { data?: T; errors?: GraphQLError[] } | null;
    if (!body) throw new SubgraphCallError(this.name, `HTTP ${res.status} without a GraphQL body`);
    if (body.errors?.length) {
      const codes = body.errors.map((e) => String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR'));
      throw new SubgraphCallError(this.name, body.errors.map((e) => e.message).join('; '), codes);
    }
    if (!body.data) throw new SubgraphCallError(this.name, 'no data');
    return body.data;
  }
}
