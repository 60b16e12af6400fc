import { createLogger } from '@pos/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JWT_AUDIENCE, JWT_ISSUER } from '../src/dev/boot';
import { startGateway } from '../src/gateway';
import {
  errorCodes,
  expectNoErrors,
  postGraphQL,
  type Supergraph,
  signAccessToken,
  startSupergraph,
} from './harness';
import { THROWAWAY, throwawaySupergraphSdl } from './throwaway-subgraph';

describe('gateway in front of a careless subgraph', () => {
  let sg: Supergraph;

  beforeAll(async () => {
    sg = await startSupergraph({ subgraphs: [THROWAWAY], supergraphSdl: throwawaySupergraphSdl() });
  });
  afterAll(async () => sg?.close());

  it('masks an internal error: no message, stack or database text reaches the client', async () => {
    const direct = await postGraphQL(sg.subgraphs.throwaway!.graphqlUrl, '{ explode }', undefined, {
      headers: { 'x-gateway-secret': sg.gatewaySecret },
    });
    // The subgraph really leaks, so what follows is the gateway's own masking.
    expect(JSON.stringify(direct.body)).toContain('E11000');

    const { status, body } = await sg.request('{ explode }');

    expect(status).toBe(200);
    expect(body.data).toEqual({ explode: null });
    expect(body.errors).toHaveLength(1);
    expect(body.errors?.[0]?.message).toBe('Internal server error');
    expect(errorCodes(body)).toEqual(['INTERNAL_SERVER_ERROR']);
    const raw = JSON.stringify(body);
    for (const leak of ['E11000', 'duplicate key', 'mongo', 'stacktrace', 'pos_orders', 'at ']) {
      expect(raw).not.toContain(leak);
    }
  });

  it('passes on a bad variable that only the owning subgraph can refuse', async () => {
    const query = 'query ($n: Even!) { half(n: $n) }';
    expect(expectNoErrors((await sg.request<{ half: number }>(query, { n: 8 })).body)).toEqual({ half: 4 });
    const { body } = await sg.request(query, { n: 7 });
    expect(errorCodes(body)).toEqual(['BAD_USER_INPUT']);
    expect(body.errors?.[0]?.message).toMatch(/Even must be an even number/);
    expect(JSON.stringify(body)).not.toContain(sg.subgraphs.throwaway!.url);
  });

  it.each([
    ['a public error in a subgraph answer', '{ missing }', undefined, 'NOT_FOUND'],
    [
      'a subgraph refusing a variable (HTTP 400)',
      'query ($n: Even!) { half(n: $n) }',
      { n: 7 },
      'BAD_USER_INPUT',
    ],
    ['a masked internal error', '{ explode }', undefined, 'INTERNAL_SERVER_ERROR'],
  ])('does not name the subgraph behind %s', async (_name, query, variables, code) => {
    const { body } = await sg.request(query, variables);
    expect(errorCodes(body)).toEqual([code]);
    expect(Object.keys(body.errors?.[0]?.extensions ?? {})).toEqual(['code']);
    expect(JSON.stringify(body)).not.toContain('throwaway');
  });

  it('hides a subgraph refusal caused by a wrong gateway secret', async () => {
    const misconfigured = await startGateway({
      port: 0,
      host: '127.0.0.1',
      gatewaySecret: 'not-the-secret-the-subgraph-has',
      jwt: { publicKey: sg.keys.publicKey, issuer: JWT_ISSUER, audience: JWT_AUDIENCE },
      revocations: sg.revocations,
      logger: createLogger('gateway', 'silent'),
      production: false,
      maxBodyBytes: 100_000,
      supergraphSdl: throwawaySupergraphSdl(),
      subgraphUrls: { throwaway: sg.subgraphs.throwaway!.graphqlUrl },
    });
    try {
      const { body } = await postGraphQL(`${misconfigured.url}/graphql`, '{ hello }');
      expect(body.errors?.map((e) => [e.message, e.extensions?.code])).toEqual([
        ['Internal server error', 'INTERNAL_SERVER_ERROR'],
      ]);
      expect(JSON.stringify(body)).not.toMatch(/127\.0\.0\.1|403|gateway/);
    } finally {
      await misconfigured.close();
    }
  });

  it('forwards the bearer token, the gateway secret and the request id', async () => {
    const requestId = 'test-request-42';
    const { token } = await signAccessToken(sg);
    const { body } = await sg.request<{ received: Record<string, unknown> }>(
      '{ received { authorization gatewaySecret requestId } }',
      undefined,
      { token, headers: { 'x-request-id': requestId } },
    );
    expect(expectNoErrors(body).received).toEqual({
      authorization: `Bearer ${token}`,
      gatewaySecret: true,
      requestId,
    });
  });
});

describe('gateway in production mode', () => {
  let sg: Supergraph;

  beforeAll(async () => {
    sg = await startSupergraph({
      subgraphs: [THROWAWAY],
      supergraphSdl: throwawaySupergraphSdl(),
      production: true,
      subgraphTimeoutMs: 300,
    });
  });
  afterAll(async () => sg?.close());

  it('answers a subgraph that times out with a masked error, not a 500', async () => {
    const { status, body } = await sg.request('{ slow(ms: 2000) hello }');
    expect(status).toBe(200);
    expect(body.errors?.map((e) => [e.message, e.extensions?.code])).toEqual([
      ['Internal server error', 'INTERNAL_SERVER_ERROR'],
    ]);
    expect(JSON.stringify(body)).not.toMatch(/127\.0\.0\.1|abort|timeout/i);
    // The gateway is fine afterwards.
    expect(expectNoErrors((await sg.request<{ hello: string }>('{ hello }')).body)).toEqual({ hello: 'hi' });
  });

  it('does not name the subgraph behind an error', async () => {
    const { body } = await sg.request('{ missing }');
    expect(body.errors?.map((e) => e.extensions)).toEqual([{ code: 'NOT_FOUND' }]);
  });

  it('refuses introspection', async () => {
    const { status, body } = await sg.request('{ __schema { queryType { name } } }');
    expect(status).toBe(400);
    expect(errorCodes(body)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });

  it('gives no field suggestions', async () => {
    const { body } = await sg.request('{ helo }');
    expect(body.errors?.[0]?.message).toMatch(/Cannot query field "helo"/);
    expect(JSON.stringify(body)).not.toMatch(/Did you mean/);
  });

  it('serves no landing page', async () => {
    const res = await fetch(sg.url, { headers: { accept: 'text/html' } });
    expect(await res.text()).not.toMatch(/<html/i);
  });
});

describe('gateway in development mode', () => {
  let sg: Supergraph;

  beforeAll(async () => {
    sg = await startSupergraph({ subgraphs: [THROWAWAY], supergraphSdl: throwawaySupergraphSdl() });
  });
  afterAll(async () => sg?.close());

  it('allows introspection and suggests fields, for Apollo Sandbox', async () => {
    const introspection = await sg.request<{ __schema: { queryType: { name: string } } }>(
      '{ __schema { queryType { name } } }',
    );
    expect(expectNoErrors(introspection.body).__schema.queryType.name).toBe('Query');
    const typo = await sg.request('{ helo }');
    expect(typo.body.errors?.[0]?.message).toMatch(/Did you mean "hello"/);
  });

  it('serves the Apollo Sandbox landing page to a browser', async () => {
    const res = await fetch(sg.url, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    expect(await res.text()).toMatch(/sandbox/i);
  });
});
