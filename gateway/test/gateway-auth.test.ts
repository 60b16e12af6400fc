import { createLogger, generateSigningKeys, MemoryRevocationStore } from '@pos/kit';
import { importPKCS8, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JWT_AUDIENCE, JWT_ISSUER } from '../src/dev/boot';
import { startGateway } from '../src/gateway';
import { callCounter, registerOwner } from './fixtures';
import {
  errorCodes,
  expectNoErrors,
  postGraphQL,
  type Supergraph,
  signAccessToken,
  startSupergraph,
} from './harness';

describe('gateway: authentication at the edge and the gateway secret', () => {
  let sg: Supergraph;
  let ownerToken: string;
  let countCalls: ReturnType<typeof callCounter>;

  beforeAll(async () => {
    sg = await startSupergraph();
    ownerToken = await registerOwner(sg);
    countCalls = callCounter(sg);
  });
  afterAll(async () => sg?.close());

  describe('rejects bad tokens at the edge with 401 and no subgraph call', () => {
    const cases: Array<[string, () => Promise<string>]> = [
      ['garbage', async () => 'Bearer not-a-jwt'],
      ['not a bearer scheme', async () => 'Basic dXNlcjpwYXNz'],
      [
        'expired',
        async () => {
          const key = await importPKCS8(sg.keys.privateKey, 'EdDSA');
          const now = Math.floor(Date.now() / 1000);
          const token = await new SignJWT({ mid: 'm1', role: 'OWNER', bids: [], scope: '', sid: 's1' })
            .setProtectedHeader({ alg: 'EdDSA' })
            .setSubject('u1')
            .setJti('j1')
            .setIssuer('pos-users')
            .setAudience('pos-supergraph')
            .setIssuedAt(now - 600)
            .setExpirationTime(now - 300)
            .sign(key);
          return `Bearer ${token}`;
        },
      ],
      [
        'issued an hour in the future',
        async () => {
          const key = await importPKCS8(sg.keys.privateKey, 'EdDSA');
          const ahead = Math.floor(Date.now() / 1000) + 3600;
          const token = await new SignJWT({ mid: 'm1', role: 'OWNER', bids: [], scope: '', sid: 's1' })
            .setProtectedHeader({ alg: 'EdDSA' })
            .setSubject('u1')
            .setJti('j2')
            .setIssuer('pos-users')
            .setAudience('pos-supergraph')
            .setIssuedAt(ahead)
            .setExpirationTime(ahead + 300)
            .sign(key);
          return `Bearer ${token}`;
        },
      ],
      [
        'tampered',
        async () => {
          const [header, payload, signature] = ownerToken.split('.') as [string, string, string];
          const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
          const forged = Buffer.from(JSON.stringify({ ...claims, mid: 'someone-else' })).toString(
            'base64url',
          );
          return `Bearer ${header}.${forged}.${signature}`;
        },
      ],
      [
        'signed by another key',
        async () => {
          const other = await generateSigningKeys();
          const { token } = await signAccessToken({ keys: other });
          return `Bearer ${token}`;
        },
      ],
      [
        'unsigned (alg none)',
        async () => {
          const [, payload] = ownerToken.split('.') as [string, string];
          const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
          return `Bearer ${header}.${payload}.`;
        },
      ],
      [
        'revoked',
        async () => {
          const { token, tokenId } = await signAccessToken(sg);
          await sg.revocations.revoke('jti', tokenId, Math.floor(Date.now() / 1000) + 600);
          return `Bearer ${token}`;
        },
      ],
    ];

    it.each(cases)('%s', async (_name, authorization) => {
      const header = await authorization();
      const counter = countCalls();
      const { status, body } = await sg.request('{ me { id } }', undefined, {
        headers: { authorization: header },
      });
      expect(status).toBe(401);
      expect(errorCodes(body)).toEqual(['UNAUTHENTICATED']);
      expect(body.data).toBeUndefined();
      expect(counter.total()).toBe(0);
    });
  });

  it('passes on a 401 from a subgraph that knows of a revocation the edge missed', async () => {
    // A gateway with its own, empty revocation list: as if it had not heard of the logout yet.
    const unaware = await startGateway({
      port: 0,
      host: '127.0.0.1',
      gatewaySecret: sg.gatewaySecret,
      jwt: { publicKey: sg.keys.publicKey, issuer: JWT_ISSUER, audience: JWT_AUDIENCE },
      revocations: new MemoryRevocationStore(),
      logger: createLogger('gateway', 'silent'),
      production: false,
      maxBodyBytes: 100_000,
      subgraphUrls: { users: sg.subgraphs.users!.graphqlUrl },
    });
    try {
      const { token, tokenId } = await signAccessToken(sg);
      await sg.revocations.revoke('jti', tokenId, Math.floor(Date.now() / 1000) + 600);
      const { body } = await postGraphQL(`${unaware.url}/graphql`, '{ me { id } }', undefined, { token });
      expect(errorCodes(body)).toEqual(['UNAUTHENTICATED']);
      expect(body.errors?.[0]?.message).toMatch(/revoked/);
      expect(JSON.stringify(body)).not.toContain(sg.subgraphs.users!.url);
    } finally {
      await unaware.close();
    }
  });

  describe('a subgraph called directly', () => {
    const direct = (
      query: string,
      variables?: Record<string, unknown>,
      headers: Record<string, string> = {},
    ) => postGraphQL(sg.subgraphs.users!.graphqlUrl, query, variables, { token: ownerToken, headers });

    it.each([
      ['a field query', '{ me { id } }', undefined],
      ['_service', '{ _service { sdl } }', undefined],
      [
        '_entities',
        'query ($r: [_Any!]!) { _entities(representations: $r) { ... on User { id name } } }',
        { r: [{ __typename: 'User', id: '000000000000000000000000' }] },
      ],
    ])('refuses %s without the gateway secret (403)', async (_name, query, variables) => {
      const { status, body } = await direct(query, variables);
      expect(status).toBe(403);
      expect(errorCodes(body)).toEqual(['FORBIDDEN']);
    });

    it('refuses a wrong gateway secret', async () => {
      const { status } = await direct('{ _service { sdl } }', undefined, {
        'x-gateway-secret': 'x'.repeat(32),
      });
      expect(status).toBe(403);
    });

    it('answers the gateway (with the secret)', async () => {
      const { status, body } = await direct('{ _service { sdl } }', undefined, {
        'x-gateway-secret': sg.gatewaySecret,
      });
      expect(status).toBe(200);
      expectNoErrors(body);
    });
  });
});
