import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import {
  API_SCHEMA_PATH,
  CompositionError,
  composeSupergraph,
  OPERATION_REQUIREMENTS_PATH,
  SUPERGRAPH_PATH,
} from '@pos/kit/bin/compose';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const COMPOSE_BIN = new URL('../../subgraphs/kit/src/bin/compose.ts', import.meta.url).pathname;

const fed =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key", "@shareable"])';

/** Two subgraphs that disagree on a shared field's type, plus one whose SDL does not parse. */
function brokenConfig(dir: string): string {
  writeFileSync(
    join(dir, 'a.graphql'),
    `${fed}\ntype Query { a: Int }\ntype Thing @shareable { id: ID! size: Int }`,
  );
  writeFileSync(
    join(dir, 'b.graphql'),
    `${fed}\ntype Query { b: Int }\ntype Thing @shareable { id: ID! size: String }`,
  );
  writeFileSync(join(dir, 'c.graphql'), `${fed}\ntype Query { c: }`);
  const config = join(dir, 'supergraph.config.json');
  const subgraph = (file: string, port: number) => ({
    routing_url: `http://127.0.0.1:${port}/graphql`,
    schema: { file },
  });
  writeFileSync(
    config,
    JSON.stringify({ subgraphs: { a: subgraph('a.graphql', 1), b: subgraph('b.graphql', 2) } }, null, 2),
  );
  return config;
}

describe('supergraph composition', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pos-compose-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('composes, and the committed schema/supergraph.graphql is up to date (run `npm run compose`)', () => {
    const { sdl, apiSdl, operationsJson } = composeSupergraph();
    expect(readFileSync(SUPERGRAPH_PATH, 'utf8')).toBe(sdl);
    expect(readFileSync(API_SCHEMA_PATH, 'utf8')).toBe(apiSdl);
    expect(readFileSync(OPERATION_REQUIREMENTS_PATH, 'utf8')).toBe(operationsJson);
    // Internal saga steps never reach the public schema.
    expect(apiSdl).not.toMatch(/redeemPoints|reserveStock/);
  });

  it('reports every composition error', () => {
    const config = brokenConfig(dir);
    expect(() => composeSupergraph(config)).toThrow(CompositionError);
    try {
      composeSupergraph(config);
    } catch (err) {
      expect((err as CompositionError).problems.join('\n')).toMatch(/FIELD_TYPE_MISMATCH.*Thing\.size/);
    }
  });

  it('reports an SDL file that does not parse or does not exist', () => {
    const config = join(dir, 'unreadable.config.json');
    writeFileSync(
      config,
      JSON.stringify({
        subgraphs: {
          c: { routing_url: 'http://127.0.0.1:3/graphql', schema: { file: 'c.graphql' } },
          gone: { routing_url: 'http://127.0.0.1:4/graphql', schema: { file: 'missing.graphql' } },
        },
      }),
    );
    brokenConfig(dir);
    expect(() => composeSupergraph(config)).toThrow(/\[c\][\s\S]*Syntax Error[\s\S]*\[gone\][\s\S]*ENOENT/);
  });

  it('the CLI exits 1 and prints the errors', async () => {
    const config = brokenConfig(dir);
    const failure = await run('tsx', [COMPOSE_BIN, config]).then(
      () => undefined,
      (err: { code: number; stderr: string }) => err,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toMatch(/Supergraph composition failed[\s\S]*FIELD_TYPE_MISMATCH/);
  });
});
