import { randomUUID } from 'node:crypto';
import type { FormattedExecutionResult } from 'graphql';
import { type Client, type ClientOptions, createClient, type Sink, type SubscribePayload } from 'graphql-ws';

/** How the wait for a subscription's registration ended. */
export type LiveOutcome = 'registered' | 'timeout' | 'closed';

/** A subscription and when the server has registered it at its source. */
export interface AckedSubscription {
  dispose: () => void;
  /** Resolves once the server answered the ping sent right after the subscribe (see SubscriptionBarrier). */
  live: Promise<LiveOutcome>;
}

export interface AckingClient {
  client: Client;
  subscribe<T>(
    payload: SubscribePayload,
    sink: Sink<FormattedExecutionResult<T, unknown>>,
  ): AckedSubscription;
  iterate<T>(payload: SubscribePayload): {
    events: AsyncIterableIterator<FormattedExecutionResult<T, unknown>>;
    live: Promise<LiveOutcome>;
  };
}

/**
 * A graphql-ws client whose subscriptions say when they are live. graphql-ws has no subscription
 * acknowledgment; the gateway and the subgraphs answer a `ping` only once every subscription sent
 * before it is registered. So right after each subscribe message this client sends a `ping`
 * naming it, and `live` resolves on the matching `pong`. The same code works in a browser (it
 * needs only graphql-ws; the README shows it). `waitMs` bounds the wait if the server never answers.
 */
export function ackingClient(options: ClientOptions, waitMs = 5_000): AckingClient {
  const waiters = new Map<string, (outcome: LiveOutcome) => void>();
  let nextId: string | undefined;
  const { on, ...rest } = options;
  const client = createClient({
    ...rest,
    // graphql-ws asks for the id synchronously inside `subscribe`.
    generateID: () => nextId ?? randomUUID(),
    on: {
      ...on,
      opened: (socket) => {
        pingAfterSubscribe(socket as WebSocketLike);
        on?.opened?.(socket);
      },
      closed: (event) => {
        for (const resolve of waiters.values()) resolve('closed');
        on?.closed?.(event);
      },
      pong: (received, payload) => {
        const id = received ? payload?.live : undefined;
        if (typeof id === 'string') waiters.get(id)?.('registered');
        on?.pong?.(received, payload);
      },
    },
  });
  /** Runs `start` (a subscribe) with the id whose pong resolves `live`. */
  const acked = <R>(start: () => R): { started: R; live: Promise<LiveOutcome> } => {
    const id = randomUUID();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const live = new Promise<LiveOutcome>((resolve) => {
      waiters.set(id, resolve);
      timer = setTimeout(() => resolve('timeout'), waitMs);
    }).finally(() => {
      clearTimeout(timer);
      waiters.delete(id);
    });
    nextId = id;
    try {
      return { started: start(), live };
    } finally {
      nextId = undefined;
    }
  };
  return {
    client,
    subscribe(payload, sink) {
      const { started, live } = acked(() => client.subscribe(payload, sink));
      return { dispose: started, live };
    },
    iterate<T>(payload: SubscribePayload) {
      const { started, live } = acked(() => client.iterate<T>(payload));
      return { events: started, live };
    },
  };
}

interface WebSocketLike {
  send(data: string): void;
}

/** graphql-ws' client has no hook after it sends a message, so the socket's `send` is wrapped. */
function pingAfterSubscribe(socket: WebSocketLike): void {
  const send = socket.send.bind(socket);
  socket.send = (data: string) => {
    send(data);
    if (typeof data !== 'string' || !data.includes('"subscribe"')) return;
    const message = JSON.parse(data) as { id?: string; type?: string };
    if (message.type === 'subscribe' && message.id)
      send(JSON.stringify({ type: 'ping', payload: { live: message.id } }));
  };
}
