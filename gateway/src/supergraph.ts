import { readFileSync } from 'node:fs';

/** The committed result of `npm run compose`; the gateway never introspects subgraphs. */
export const SUPERGRAPH_PATH = new URL('../../schema/supergraph.graphql', import.meta.url);

/**
 * Authorization features the subgraphs enforce themselves (the kit's `applyAuthDirectives`):
 * @apollo/gateway cannot enforce them, so it refuses any supergraph that links them `for: SECURITY`.
 */
const DELEGATED_SECURITY_FEATURES = [
  'https://specs.apollo.dev/authenticated/v0.1',
  'https://specs.apollo.dev/requiresScopes/v0.1',
];

/**
 * Drops `for: SECURITY` from the features listed above so the gateway loads the supergraph,
 * keeping the committed file exactly what composition produced. Any other SECURITY or EXECUTION
 * feature stays marked, so the gateway still refuses what nobody enforces.
 */
export function acceptDelegatedSecurityFeatures(supergraphSdl: string): string {
  let sdl = supergraphSdl;
  for (const url of DELEGATED_SECURITY_FEATURES) {
    const escaped = url.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    sdl = sdl.replace(new RegExp(`(@link\\(url: "${escaped}"), for: SECURITY\\)`), '$1)');
  }
  return sdl;
}

export function readSupergraphSdl(path: URL | string = SUPERGRAPH_PATH): string {
  return readFileSync(path, 'utf8');
}
