/**
 * Follows the README verbatim: every example operation, in README order, with the README's
 * variables and headers, against a fresh supergraph. Dates are relative to today; ids and tokens
 * come from earlier answers. An example fails when its answer has errors, an ErrorResult member,
 * or nothing in it (null, an empty list, only zeros); a subscription fails when no event reaches it
 * before the examples end; a download link must be absolute and download.
 */
import { readFileSync } from 'node:fs';
import { buildSchema, type FormattedExecutionResult, isObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { API_SCHEMA_PATH } from '../../subgraphs/kit/src/bin/compose';
import { fillPlaceholders, type Json, readmeOperations } from '../src/dev/readme-examples';
import { ackingClient } from '../src/subscriptions/live-ack';
import { postGraphQL, type Supergraph, startSupergraph } from './harness';

const TIME_ZONE = 'Asia/Jakarta';
/** Reports follow sales through events; a report asked right after a sale may lag a moment. */
const EVENTUAL_MS = 15_000;

const schema = buildSchema(readFileSync(API_SCHEMA_PATH, 'utf8'));
const errorResult = schema.getType('ErrorResult');
const ERROR_TYPES = new Set(
  Object.values(schema.getTypeMap())
    .filter((t) => isObjectType(t) && t.getInterfaces().some((i) => i === errorResult))
    .map((t) => t.name),
);

/** ErrorResult members anywhere in an answer, as `Type CODE: message`. */
function errorMembers(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(errorMembers);
  if (!value || typeof value !== 'object') return [];
  const o = value as Record<string, unknown>;
  const own =
    typeof o.__typename === 'string' && ERROR_TYPES.has(o.__typename)
      ? [`${o.__typename} ${String(o.code)}: ${String(o.message)}`]
      : [];
  return [...own, ...Object.values(o).flatMap(errorMembers)];
}

/** Nothing in it: null, an empty list, only zeros and empty strings. A bare `__typename` is an answer. */
function blank(value: unknown): boolean {
  if (value === null || value === undefined || value === '' || value === 0 || value === '0') return true;
  if (Array.isArray(value)) return value.every(blank);
  if (typeof value !== 'object') return false;
  const fields = Object.entries(value).filter(([k]) => k !== '__typename');
  return fields.length > 0 && fields.every(([, v]) => blank(v));
}

/** Root fields that came back with nothing. */
function blankFields(data: Record<string, unknown> | null | undefined): string[] {
  if (!data) return ['(no data)'];
  return Object.entries(data)
    .filter(([, v]) => blank(v))
    .map(([k]) => k);
}

/** Every `url` string in an answer. */
function links(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(links);
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => (k === 'url' && typeof v === 'string' ? [v] : links(v)));
}

interface OpenSubscription {
  name: string;
  events: Array<FormattedExecutionResult<Record<string, unknown>, unknown>>;
  dispose(): void;
}

const operations = readmeOperations();

describe('README examples, run in order against a fresh supergraph', () => {
  let sg: Supergraph;
  const answers = new Map<string, unknown>();
  const subscriptions: OpenSubscription[] = [];
  const clients: Array<{ dispose(): Promise<void> | void }> = [];
  const fill = <T extends Json>(value: T) => fillPlaceholders(value, { timeZone: TIME_ZONE, answers });

  beforeAll(async () => {
    sg = await startSupergraph({ midtransSimulator: true });
  });
  afterAll(async () => {
    for (const s of subscriptions) s.dispose();
    for (const c of clients) await c.dispose();
    await sg?.close();
  });

  it('has examples of queries, mutations and subscriptions', () => {
    const kinds = new Set(operations.map((o) => o.kind));
    expect([...kinds].sort()).toEqual(['mutation', 'query', 'subscription']);
  });

  for (const op of operations) {
    it(`${op.kind} ${op.name}`, async () => {
      const variables = fill(op.variables);
      const headers = fill(op.headers);

      if (op.kind === 'subscription') {
        const acking = ackingClient({
          url: sg.url.replace(/^http/, 'ws'),
          webSocketImpl: WebSocket,
          connectionParams: headers,
          retryAttempts: 0,
        });
        clients.push(acking.client);
        const open: OpenSubscription = { name: op.name, events: [], dispose: () => undefined };
        const sub = acking.subscribe<Record<string, unknown>>(
          { query: op.document, variables, operationName: op.name },
          {
            next: (event) => void open.events.push(event),
            error: (err) => void open.events.push({ errors: [{ message: String(err) }] } as never),
            complete: () => undefined,
          },
        );
        open.dispose = sub.dispose;
        subscriptions.push(open);
        await sub.live;
        expect(
          open.events.flatMap((e) => e.errors ?? []),
          `${op.name} was refused`,
        ).toEqual([]);
        return;
      }

      const deadline = Date.now() + (op.kind === 'query' ? EVENTUAL_MS : 0);
      for (;;) {
        const { status, body } = await postGraphQL(sg.url, op.document, variables, { headers });
        expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
        expect(status).toBe(200);
        const data = body.data as Record<string, unknown>;
        expect(errorMembers(data), `${op.name} answered an error`).toEqual([]);
        const empty = blankFields(data);
        if (empty.length && Date.now() < deadline) {
          await new Promise((r) => setTimeout(r, 250));
          continue;
        }
        expect(empty, `${op.name} returned nothing in ${JSON.stringify(data)}`).toEqual([]);
        answers.set(op.name, data);
        for (const link of links(data)) {
          expect(link.startsWith(`${sg.gatewayUrl}/`), `${link} is an absolute link of the gateway`).toBe(
            true,
          );
          const download = await fetch(link);
          expect(download.status, `${link} downloads`).toBe(200);
          expect((await download.arrayBuffer()).byteLength).toBeGreaterThan(0);
        }
        return;
      }
    });
  }

  it('every subscription received an event without errors', async () => {
    expect(subscriptions.length).toBeGreaterThan(0);
    const deadline = Date.now() + EVENTUAL_MS;
    while (subscriptions.some((s) => s.events.length === 0) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100));
    }
    for (const s of subscriptions) {
      expect(s.events.length, `${s.name} received nothing`).toBeGreaterThan(0);
      for (const event of s.events) {
        expect(event.errors, `${s.name}: ${JSON.stringify(event.errors)}`).toBeUndefined();
        expect(blankFields(event.data), `${s.name} sent an empty event`).toEqual([]);
      }
    }
  });
});
