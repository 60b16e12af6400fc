import { type GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from '@apollo/gateway';
import type { Fetcher, FetcherResponse } from '@apollo/utils.fetcher';
import {
  GATEWAY_SECRET_HEADER,
  isPublicCode,
  type Logger,
  REQUEST_ID_HEADER,
  traceCarrier,
  type Viewer,
} from '@pos/kit';
import { GraphQLError } from 'graphql';
import type { Histogram } from 'prom-client';

/** Per client request at the gateway: the identity proven at the edge, and what to forward. */
export interface GatewayContext {
  requestId: string;
  logger: Logger;
  viewer: Viewer | null;
  /** The caller's raw access token, forwarded to every subgraph, which verifies it again. */
  token: string | null;
}

export interface SubgraphDataSourceOptions {
  name: string;
  url: string;
  gatewaySecret: string;
  timeoutMs: number;
  /** Observes every subgraph round trip, labelled by subgraph and HTTP status. */
  duration?: Histogram<'subgraph' | 'status'>;
}

/**
 * Node's global fetch (undici) pools keep-alive connections per origin with no socket cap, which
 * is what a gateway talking to a handful of subgraphs needs; measured against the default
 * make-fetch-happen fetcher in gateway/bench (see the report in the PR). The timeout keeps a hung
 * subgraph from holding client requests forever.
 */
export function keepAliveFetcher(timeoutMs: number): Fetcher {
  return async (url, init) => {
    try {
      return (await fetch(url, {
        ...init,
        // Inside @apollo/gateway's `gateway.fetch` span: the subgraph's server span becomes its child.
        headers: { ...init?.headers, ...traceCarrier() },
        signal: init?.signal ?? AbortSignal.timeout(timeoutMs),
      })) as FetcherResponse;
    } catch (err) {
      // An aborted fetch rejects with a DOMException, whose `message` has only a getter: plugins
      // that rewrite error messages (graphql-armor's suggestion mask) then throw, and the client
      // got a 500 instead of a masked error. A plain Error says the same and can be rewritten.
      if (err instanceof DOMException)
        throw new Error(`${url} did not answer within ${timeoutMs} ms (${err.name})`, { cause: err });
      throw err;
    }
  };
}

/**
 * Calls one subgraph for the gateway: forwards the caller's verified bearer token, proves it is
 * the gateway with the shared secret, and propagates the request id so logs line up.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  private readonly gatewaySecret: string;
  private readonly subgraphName: string;

  constructor(opts: SubgraphDataSourceOptions) {
    super({ url: opts.url, fetcher: timed(keepAliveFetcher(opts.timeoutMs), opts.name, opts.duration) });
    this.gatewaySecret = opts.gatewaySecret;
    this.subgraphName = opts.name;
  }

  override willSendRequest(options: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const headers = options.request.http?.headers;
    if (!headers) return;
    headers.set(GATEWAY_SECRET_HEADER, this.gatewaySecret);
    // Only client operations carry a context; the enum that names the kinds is not importable from ESM.
    if (!('incomingRequestContext' in options)) return;
    const { requestId, token } = options.context;
    headers.set(REQUEST_ID_HEADER, requestId);
    if (token) headers.set('authorization', `Bearer ${token}`);
  }

  /**
   * A non-2xx subgraph answer. The default error carries the subgraph URL and raw body in its
   * extensions, which the client would then see; only a public code and its message survive here.
   * Those are the client's own doing: a variable a custom scalar refuses (400 BAD_USER_INPUT, only
   * the owning subgraph can tell), a token revoked since the edge checked it (401). A 403 is the
   * subgraph refusing the gateway secret, a deployment bug the client must not be told about.
   */
  override async errorFromResponse(response: FetcherResponse): Promise<GraphQLError> {
    const first = await firstError(response);
    const code = first?.extensions?.code;
    if (
      response.status !== 403 &&
      isPublicCode(code) &&
      code !== 'INTERNAL_SERVER_ERROR' &&
      typeof first?.message === 'string'
    ) {
      return new GraphQLError(first.message, { extensions: { code, serviceName: this.subgraphName } });
    }
    // Not public: maskErrors logs this and shows the client a generic message.
    return new GraphQLError(`Subgraph ${this.subgraphName} answered HTTP ${response.status}`, {
      extensions: { serviceName: this.subgraphName, status: response.status },
    });
  }
}

interface WireError {
  message?: unknown;
  extensions?: { code?: unknown };
}

async function firstError(response: FetcherResponse): Promise<WireError | undefined> {
  try {
    const body = (await response.json()) as { errors?: WireError[] };
    return Array.isArray(body.errors) ? body.errors[0] : undefined;
  } catch {
    return undefined;
  }
}

function timed(fetcher: Fetcher, subgraph: string, duration?: Histogram<'subgraph' | 'status'>): Fetcher {
  if (!duration) return fetcher;
  return async (url, init) => {
    const stop = duration.startTimer({ subgraph });
    try {
      const response = await fetcher(url, init);
      stop({ status: String(response.status) });
      return response;
    } catch (err) {
      stop({ status: 'network_error' });
      throw err;
    }
  };
}
