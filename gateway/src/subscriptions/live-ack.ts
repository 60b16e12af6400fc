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
}

/**
 * A graphql-ws client whose subscriptions say when they are live. graphql-ws has no subscription
 * acknowledgment; the gateway and the subgraphs answer a `ping` only once every subscription sent
 * before it is registered. So right after each subscribe message this client sends a `ping`
 * naming it, and `live` resolves on the matching `pong`. The same code works in a browser (it
 * needs only graphql-ws; the README shows it). `waitMs` bounds the wait if the server never answers.
 *
 * A closed socket does not end the wait: graphql-ws subscribes again on a new socket by itself
 * when the old one closed normally while subscriptions were still open (a lazy client closing
 * after its last subscription left, as another one came), and that subscribe sends its own ping.
 * The wait ends with `closed` only when the subscription itself ends (error or complete) first.
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
      pong: (received, payload) => {
        const id = received ? payload?.live : undefined;
        if (typeof id === 'string') waiters.get(id)?.('registered');
        on?.pong?.(received, payload);
      },
    },
  });
  return {
    client,
    subscribe<T>(payload: SubscribePayload, sink: Sink<FormattedExecutionResult<T, unknown>>) {
      const id = randomUUID();
      let timer: ReturnType<typeof setTimeout> | undefined;
      let settle: (outcome: LiveOutcome) => void = () => {};
      const live = new Promise<LiveOutcome>((resolve) => {
        settle = resolve;
        waiters.set(id, resolve);
        timer = setTimeout(() => resolve('timeout'), waitMs);
      }).finally(() => {
        clearTimeout(timer);
        waiters.delete(id);
      });
      nextId = id;
      try {
        const dispose = client.subscribe<T>(payload, {
          next: (value) => sink.next(value),
          error: (err) => {
            settle('closed');
            sink.error(err);
          },
          complete: () => {
            settle('closed');
            sink.complete();
          },
        });
        return {
          dispose: () => {
            settle('closed');
            dispose();
          },
          live,
        };
      } finally {
        nextId = undefined;
      }
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
