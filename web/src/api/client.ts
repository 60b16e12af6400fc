/**
 * The one GraphQL endpoint: queries and mutations over HTTP (`/graphql`), subscriptions over
 * graphql-ws on the same path. The access token is added to every request and renewed
 * silently; the connection state the till shows follows what requests actually do.
 */
import {
  Client,
  createRequest,
  fetchExchange,
  subscriptionExchange,
  type TypedDocumentNode,
} from '@urql/core';
import { createClient as createWsClient } from 'graphql-ws';
import { LogoutDocument, RefreshDocument } from '../__generated__/operations';
import type { SessionStore } from '../auth/session';
import { connectivity } from './connectivity';
import { type Failure, failureOfCombined, type Outcome } from './results';

type Variables = Record<string, unknown>;

const GRAPHQL_PATH = '/graphql';

/**
 * urql answers a query from the identical one already in flight (same document and variables).
 * A screen that reloads its list after a change would then show the answer to the request sent
 * before the change. Each query gets an operation key of its own, so each one asks the server;
 * urql's own keys are hashes (never negative), so these cannot meet one.
 */
let lastQueryKey = 0;
const ownKey = () => {
  lastQueryKey = lastQueryKey <= -2_000_000_000 ? -1 : lastQueryKey - 1;
  return lastQueryKey;
};

export class Api {
  private readonly client: Client;
  private readonly anonymous: Client;
  private readonly ws: ReturnType<typeof createWsClient>;

  constructor(private readonly session: SessionStore) {
    const origin = window.location.origin;
    const authedFetch: typeof fetch = async (input, init) => {
      const send = async (token: string | null) => {
        const headers = new Headers(init?.headers);
        if (token) headers.set('authorization', `Bearer ${token}`);
        return fetch(input, { ...init, headers });
      };
      const token = await session.accessToken();
      let res = await send(token);
      // Expired or revoked at the edge: renew once (another tab may have done it) and retry.
      if (res.status === 401 && token) {
        const renewed = await session.renew(session.session?.refreshToken);
        if (renewed && renewed !== token) res = await send(renewed);
      }
      return res;
    };
    const trackedFetch =
      (inner: typeof fetch): typeof fetch =>
      async (input, init) => {
        try {
          const res = await inner(input, init);
          connectivity.reachable();
          return res;
        } catch (err) {
          connectivity.unreachable();
          throw err;
        }
      };

    this.ws = createWsClient({
      url: `${origin.replace(/^http/, 'ws')}${GRAPHQL_PATH}`,
      lazy: true,
      retryAttempts: Number.POSITIVE_INFINITY,
      // Each (re)connect reads the current token, renewed when needed.
      connectionParams: async () => {
        const token = await session.accessToken();
        return token ? { authorization: `Bearer ${token}` } : {};
      },
      shouldRetry: () => session.session !== null,
    });
    const ws = this.ws;

    this.client = new Client({
      url: `${origin}${GRAPHQL_PATH}`,
      preferGetMethod: false,
      requestPolicy: 'network-only',
      fetch: trackedFetch(authedFetch),
      exchanges: [
        fetchExchange,
        subscriptionExchange({
          forwardSubscription: (request) => ({
            subscribe: (sink) => ({
              unsubscribe: ws.subscribe({ ...request, query: request.query ?? '' }, sink),
            }),
          }),
        }),
      ],
    });
    this.anonymous = new Client({
      url: `${origin}${GRAPHQL_PATH}`,
      preferGetMethod: false,
      requestPolicy: 'network-only',
      fetch: trackedFetch(fetch),
      exchanges: [fetchExchange],
    });

    session.setRefresher(async (refreshToken) => {
      const r = await this.anonymous.mutation(RefreshDocument, { input: { refreshToken } }).toPromise();
      if (r.error) return r.error.networkError ? { kind: 'unreachable' } : { kind: 'refused' };
      const payload = r.data?.refreshToken;
      if (payload?.__typename !== 'AuthPayload') return { kind: 'refused' };
      return { kind: 'ok', session: payload };
    });
  }

  async query<D, V extends Variables>(doc: TypedDocumentNode<D, V>, variables: V): Promise<Outcome<D>> {
    const request = { ...createRequest(doc, variables), key: ownKey() };
    const operation = this.client.createRequestOperation('query', request);
    const r = await this.client.executeRequestOperation(operation).toPromise();
    return outcome(r.data as D | undefined, r.error);
  }

  async mutate<D, V extends Variables>(doc: TypedDocumentNode<D, V>, variables: V): Promise<Outcome<D>> {
    const r = await this.client.mutation(doc, variables).toPromise();
    return outcome(r.data, r.error);
  }

  /** Sign-in and other operations that must not carry the current token. */
  async anonymousMutate<D, V extends Variables>(
    doc: TypedDocumentNode<D, V>,
    variables: V,
  ): Promise<Outcome<D>> {
    const r = await this.anonymous.mutation(doc, variables).toPromise();
    return outcome(r.data, r.error);
  }

  subscribe<D, V extends Variables>(
    doc: TypedDocumentNode<D, V>,
    variables: V,
    onData: (data: D) => void,
  ): () => void {
    const sub = this.client.subscription(doc, variables).subscribe((r) => {
      if (r.data) onData(r.data);
    });
    return () => sub.unsubscribe();
  }

  /** Ends a session on the server with the token it was given (already dropped locally). */
  async logout(accessToken: string): Promise<void> {
    await this.anonymous
      .mutation(LogoutDocument, {}, { fetchOptions: { headers: { authorization: `Bearer ${accessToken}` } } })
      .toPromise();
  }

  /** Closes live connections (sign-out). */
  closeLive() {
    this.ws.terminate();
  }
}

function outcome<D>(
  data: D | undefined,
  error: Parameters<typeof failureOfCombined>[0] | undefined,
): Outcome<D> {
  if (error && (!data || error.networkError)) return { ok: false, error: failureOfCombined(error) };
  if (data === undefined || data === null) {
    const failure: Failure = { code: 'INTERNAL_SERVER_ERROR', message: 'No data' };
    return { ok: false, error: failure };
  }
  return { ok: true, value: data };
}
