import type { IncomingMessage } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callCounter, nestedQuery, registerOwner } from './fixtures';
import { errorCodes, expectNoErrors, type Supergraph, startSupergraph } from './harness';

describe('gateway: forwarding and operation limits (users behind the gateway)', () => {
  let sg: Supergraph;
  let ownerToken: string;
  let countCalls: ReturnType<typeof callCounter>;

  beforeAll(async () => {
    sg = await startSupergraph();
    ownerToken = await registerOwner(sg);
    countCalls = callCounter(sg);
  });
  afterAll(async () => sg?.close());

  it('forwards a valid token and the request id to the subgraph', async () => {
    const seen: Array<string | string[] | undefined> = [];
    const listener = (req: IncomingMessage) => seen.push(req.headers['x-request-id']);
    sg.subgraphs.users!.server.on('request', listener);
    const res = await fetch(sg.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${ownerToken}`,
        'x-request-id': 'rid-1',
      },
      body: JSON.stringify({ query: '{ me { name merchant { name } } }' }),
    });
    sg.subgraphs.users!.server.off('request', listener);

    expect(res.headers.get('x-request-id')).toBe('rid-1');
    expect(expectNoErrors((await res.json()) as { data: { me: unknown } })).toEqual({
      me: { name: 'Sari', merchant: { name: 'Warung Edge' } },
    });
    expect(seen).toContain('rid-1');
  });

  it('keeps connections to the subgraph alive across requests', async () => {
    const server = sg.subgraphs.users!.server;
    let opened = 0;
    const onConnection = () => opened++;
    server.on('connection', onConnection);
    for (let i = 0; i < 10; i++) {
      expectNoErrors((await sg.request('{ me { id } }', undefined, { token: ownerToken })).body);
    }
    server.off('connection', onConnection);
    // One-after-another requests reuse a pooled socket; at most one new one may have been needed.
    expect(opened).toBeLessThanOrEqual(1);
  });

  it('accepts a query at the depth limit', async () => {
    const { body } = await sg.request(nestedQuery(12), undefined, { token: ownerToken });
    expectNoErrors(body);
  });

  it('refuses a query over the depth limit before calling any subgraph', async () => {
    const counter = countCalls();
    const { status, body } = await sg.request(nestedQuery(13), undefined, { token: ownerToken });
    expect(status).toBe(400);
    expect(errorCodes(body)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(body.errors?.[0]?.message).toMatch(/depth limit of 12/);
    expect(counter.total()).toBe(0);
  });

  it('refuses a query over the alias limit before calling any subgraph', async () => {
    const counter = countCalls();
    const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: me { id }`).join(' ');
    const { status, body } = await sg.request(`{ ${aliases} }`, undefined, { token: ownerToken });
    expect(status).toBe(400);
    expect(body.errors?.[0]?.message).toMatch(/aliases limit of 15/i);
    expect(counter.total()).toBe(0);
  });

  it('refuses a query over the token limit before calling any subgraph', async () => {
    const counter = countCalls();
    const { status, body } = await sg.request(`{ me { ${'id '.repeat(2100)} } }`, undefined, {
      token: ownerToken,
    });
    expect(status).toBe(400);
    expect(errorCodes(body)).toEqual(['GRAPHQL_PARSE_FAILED']);
    expect(body.errors?.[0]?.message).toMatch(/2000 tokens/);
    expect(counter.total()).toBe(0);
  });

  it('refuses a query over the cost limit before calling any subgraph', async () => {
    const counter = countCalls();
    // Page sizes multiply the cost: a thousand staff with their branches is too much for one request.
    const { status, body } = await sg.request(
      '{ staff(first: 1000) { nodes { id name email role branches { id name } } } }',
      undefined,
      { token: ownerToken },
    );
    expect(status).toBe(400);
    expect(body.errors?.[0]?.message).toMatch(/cost limit of 5000/i);
    expect(counter.total()).toBe(0);
  });
});
