import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger } from '@pos/kit';
import { afterAll, describe, expect, it } from 'vitest';
import { createQueryPlanCache, readWarmupManifest, warmQueryPlans } from '../src/query-plan-warmup';
import { acceptDelegatedSecurityFeatures, readSupergraphSdl } from '../src/supergraph';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const logger = createLogger('test', 'silent');

describe('query plan warm-up', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pos-warmup-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const sdl = acceptDelegatedSecurityFeatures(readSupergraphSdl());

  it('stores plans under the keys @apollo/gateway looks up', async () => {
    const cache = createQueryPlanCache();
    const anonymous = '{ me { id name } }';
    const named = 'query Me { me { id } }';
    const planned = await warmQueryPlans(
      sdl,
      cache,
      [{ body: anonymous }, { body: named, name: 'Me' }],
      logger,
    );

    expect(planned).toBe(2);
    // The executor's key: sha256(query), or sha256 over (sha256(query), operationName) when one is sent.
    const namedKey = createHash('sha256').update(sha256(named)).update('Me').digest('hex');
    for (const key of [sha256(anonymous), sha256(named), namedKey]) {
      expect(await cache.get(key)).toMatchObject({ kind: 'QueryPlan' });
    }
  });

  it('skips an operation that does not fit the schema', async () => {
    const cache = createQueryPlanCache();
    expect(
      await warmQueryPlans(sdl, cache, [{ body: '{ noSuchField }' }, { body: '{ me { id } }' }], logger),
    ).toBe(1);
  });

  it('reads an Apollo persisted-query manifest, leaving subscriptions out', () => {
    const path = join(dir, 'manifest.json');
    writeFileSync(
      path,
      JSON.stringify({
        format: 'apollo-persisted-query-manifest',
        version: 1,
        operations: [
          { id: '1', name: 'Me', type: 'query', body: 'query Me { me { id } }' },
          { id: '2', name: 'Live', type: 'subscription', body: 'subscription Live { x }' },
        ],
      }),
    );
    expect(readWarmupManifest(path)).toEqual([{ name: 'Me', body: 'query Me { me { id } }' }]);
  });
});

describe('delegated security features', () => {
  it('unmarks only @authenticated and @requiresScopes, which the subgraphs enforce', () => {
    const sdl = [
      '@link(url: "https://specs.apollo.dev/authenticated/v0.1", for: SECURITY)',
      '@link(url: "https://specs.apollo.dev/requiresScopes/v0.1", for: SECURITY)',
      '@link(url: "https://specs.apollo.dev/policy/v0.1", for: SECURITY)',
    ].join('\n');
    expect(acceptDelegatedSecurityFeatures(sdl).split('\n')).toEqual([
      '@link(url: "https://specs.apollo.dev/authenticated/v0.1")',
      '@link(url: "https://specs.apollo.dev/requiresScopes/v0.1")',
      '@link(url: "https://specs.apollo.dev/policy/v0.1", for: SECURITY)',
    ]);
  });
});
