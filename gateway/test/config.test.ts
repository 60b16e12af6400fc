import { generateSigningKeys } from '@pos/kit';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, loadGatewayConfig } from '../src/config';

describe('gateway configuration', () => {
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    const { publicKey } = await generateSigningKeys();
    env = { GATEWAY_SECRET: 's'.repeat(32), JWT_PUBLIC_KEY: publicKey.replace(/\n/g, '\\n') };
  });

  it('has defaults for everything but the secrets', () => {
    const config = loadGatewayConfig(env);
    expect(config.port).toBe(4000);
    expect(config.limits).toEqual(DEFAULT_LIMITS);
    expect(config.limits).toEqual({ maxDepth: 12, maxAliases: 15, maxTokens: 2000, maxCost: 5000 });
    expect(config.production).toBe(false);
    expect(config.jwt.publicKey).toContain('-----BEGIN PUBLIC KEY-----\n');
    expect(config.subgraphUrls).toEqual({});
  });

  it('reads limits and per-subgraph URL overrides', () => {
    const config = loadGatewayConfig({
      ...env,
      PORT: '5000',
      MAX_DEPTH: '8',
      MAX_ALIASES: '4',
      SUBGRAPH_USERS_URL: 'http://users:4001/graphql',
      SUBGRAPH_ORDER_LINES_URL: 'http://lines:4009/graphql',
    });
    expect(config.port).toBe(5000);
    expect(config.limits).toMatchObject({ maxDepth: 8, maxAliases: 4 });
    expect(config.subgraphUrls).toEqual({
      users: 'http://users:4001/graphql',
      order_lines: 'http://lines:4009/graphql',
    });
  });

  it('fails fast, listing every problem', () => {
    expect(() =>
      loadGatewayConfig({ GATEWAY_SECRET: 'short', MAX_DEPTH: '0', JWT_PUBLIC_KEY: 'nope' }),
    ).toThrow(
      /GATEWAY_SECRET[\s\S]*JWT_PUBLIC_KEY[\s\S]*MAX_DEPTH|GATEWAY_SECRET[\s\S]*MAX_DEPTH[\s\S]*JWT_PUBLIC_KEY/,
    );
    expect(() => loadGatewayConfig({ ...env, SUBGRAPH_USERS_URL: 'not a url' })).toThrow(
      /SUBGRAPH_USERS_URL/,
    );
  });

  it('requires Redis in production, where revocations must be shared', () => {
    expect(() => loadGatewayConfig({ ...env, NODE_ENV: 'production' })).toThrow(/REDIS_URL/);
    expect(
      loadGatewayConfig({ ...env, NODE_ENV: 'production', REDIS_URL: 'redis://127.0.0.1:6379' }).production,
    ).toBe(true);
  });
});
