/**
 * The browser side of /graphiql, bundled by page.ts when first asked for. Queries and mutations
 * go over HTTP with the headers editor's headers; subscriptions over graphql-ws, with the
 * editor's Authorization header as `connectionParams` (one connection per header value).
 */
import { createGraphiQLFetcher, type Fetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { type Client, createClient } from 'graphql-ws';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import 'graphiql/style.css';

const url = new URL('/graphql', location.href).href;
const wsUrl = url.replace(/^http/, 'ws');
const fetchers = new Map<string, Fetcher>();

function fetcherFor(authorization: string): Fetcher {
  let fetcher = fetchers.get(authorization);
  if (!fetcher) {
    const wsClient: Client = createClient({
      url: wsUrl,
      lazy: true,
      retryAttempts: 0,
      connectionParams: authorization ? { authorization } : {},
    });
    fetcher = createGraphiQLFetcher({ url, wsClient });
    fetchers.set(authorization, fetcher);
  }
  return fetcher;
}

const fetcher: Fetcher = (params, options) => {
  const headers = (options?.headers ?? {}) as Record<string, unknown>;
  const key = Object.keys(headers).find((k) => k.toLowerCase() === 'authorization');
  const authorization = key ? String(headers[key]) : '';
  return fetcherFor(authorization)(params, options);
};

const root = document.getElementById('graphiql');
if (root)
  createRoot(root).render(
    createElement(GraphiQL, {
      fetcher,
      // Empty runs as anonymous (login, registerMerchant); paste "Bearer <accessToken>" after signing in.
      defaultHeaders: JSON.stringify({ Authorization: '' }, null, 2),
      shouldPersistHeaders: true,
    }),
  );
