import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // graphql 16 ships both index.mjs ("module") and index.js ("main"). Vite would give our source
    // the ESM build while CJS packages (@apollo/subgraph, @apollo/gateway) require the CJS one, and
    // graphql refuses schema objects from "another realm". Node itself (tsx) picks "main"; so must we.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    // One MongoDB-compatible server for the whole run; tests read it with inject('mongodbUri').
    globalSetup: ['subgraphs/kit/src/db/test-global-setup.ts'],
    include: ['**/*.test.ts'],
    // Command monitoring for the hot-path tests' scan watch (off in production: it costs CPU).
    env: { POS_WATCH_COMMANDS: '1' },
    exclude: ['**/node_modules/**', '.data/**'],
    // Forks, not threads: argon2 and the database driver hold native handles and sockets per process.
    pool: 'forks',
    // Memory tests force a collection before sampling, so they measure what is retained, not garbage.
    execArgv: ['--expose-gc'],
    testTimeout: 60_000,
    // The first run may build the FerretDB launcher from source.
    hookTimeout: 300_000,
    fileParallelism: true,
    // Each e2e file boots a whole supergraph; more than two at once starve the shared database.
    maxWorkers: 2,
  },
});
