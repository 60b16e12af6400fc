/**
 * Composes the supergraph from each subgraph's SDL file, as listed in
 * `schema/supergraph.config.json` (rover's format), into `schema/supergraph.graphql`.
 * Each SDL gets the shared error types it names from `subgraphs/kit/errors.graphql`, and the
 * result must follow the API convention (`../api-conventions.ts`: every mutation answers a result
 * union, one name and one code per failure), else nothing is written and the command fails.
 * The gateway serves that committed file; a test fails when it is stale.
 *
 *   npm run compose                      # schema/supergraph.config.json -> schema/supergraph.graphql
 *   tsx compose.ts path/to/config.json   # writes supergraph.graphql beside that config
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { composeServices } from '@apollo/composition';
import {
  defaultPrintOptions,
  printSchema as printFederated,
  shallowOrderPrintedDefinitions,
} from '@apollo/federation-internals';
import { parse, printSchema } from 'graphql';
import { z } from 'zod';
import { checkApiConventions, checkSubgraphErrorTypes } from '../api-conventions';
import { documentRequirements, operationRequirements, supergraphRequirements } from '../auth/requirements';
import { withSharedTypes } from '../sdl';

const configSchema = z.object({
  subgraphs: z.record(
    z.string().regex(/^[a-z][a-z0-9_]*$/, 'subgraph names are lower-case identifiers'),
    z.object({
      routing_url: z.string().url(),
      schema: z.object({ file: z.string().min(1) }),
    }),
  ),
});

export type SupergraphConfig = z.infer<typeof configSchema>;

// subgraphs/kit/src/bin -> repository root.
const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
export const SCHEMA_DIR = join(REPO_ROOT, 'schema');
export const SUPERGRAPH_CONFIG_PATH = join(SCHEMA_DIR, 'supergraph.config.json');
export const SUPERGRAPH_PATH = join(SCHEMA_DIR, 'supergraph.graphql');
/** The public schema clients see (no join directives, no @inaccessible fields); operation types are generated from it. */
export const API_SCHEMA_PATH = join(SCHEMA_DIR, 'api-schema.graphql');
/** What each root field of the public schema needs (sign-in, scopes); `Permissions.can` answers from it. */
export const OPERATION_REQUIREMENTS_PATH = join(SCHEMA_DIR, 'operation-requirements.json');

export function readSupergraphConfig(path = SUPERGRAPH_CONFIG_PATH): SupergraphConfig {
  return configSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
}

export class CompositionError extends Error {
  constructor(readonly problems: string[]) {
    super(`Supergraph composition failed:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Composes without writing anything; throws `CompositionError` listing every problem. */
export function composeSupergraph(configPath = SUPERGRAPH_CONFIG_PATH): {
  sdl: string;
  apiSdl: string;
  /** JSON of `operationRequirements`. */
  operationsJson: string;
  hints: string[];
} {
  const config = readSupergraphConfig(configPath);
  const baseDir = dirname(configPath);
  const problems: string[] = [];
  const services = Object.entries(config.subgraphs).flatMap(([name, sub]) => {
    const file = resolve(baseDir, sub.schema.file);
    try {
      const own = parse(readFileSync(file, 'utf8'));
      problems.push(...checkSubgraphErrorTypes(name, own));
      return [{ name, url: sub.routing_url, typeDefs: withSharedTypes(own, file) }];
    } catch (err) {
      problems.push(`[${name}] ${file}: ${err instanceof Error ? err.message : String(err)}`);
      return [];
    }
  });
  if (problems.length) throw new CompositionError(problems);

  const result = composeServices(services);
  if (result.errors) {
    throw new CompositionError(
      result.errors.map((e) => {
        const code = typeof e.extensions.code === 'string' ? `${e.extensions.code}: ` : '';
        return `${code}${e.message}`;
      }),
    );
  }
  // The public schema drops the directives, so each guarded field says what it needs in words,
  // written into the supergraph itself: the gateway serves its descriptions (Sandbox shows them).
  const requirements = supergraphRequirements(result.supergraphSdl);
  const supergraph = documentRequirements(result.schema, requirements);
  const sdl = printFederated(supergraph, shallowOrderPrintedDefinitions(defaultPrintOptions));
  // Composition already derived (and cached) the API schema, so it is documented the same way.
  const api = documentRequirements(supergraph.toAPISchema(), requirements).toGraphQLJSSchema();
  const violations = checkApiConventions(api);
  if (violations.length) throw new CompositionError(violations.map((v) => `API convention: ${v}`));
  // A trailing newline keeps the committed files friendly to editors and diffs.
  const apiSdl = printSchema(api);
  return {
    sdl: `${sdl.trimEnd()}\n`,
    apiSdl: `${apiSdl.trimEnd()}\n`,
    operationsJson: requirementsJson(operationRequirements(api, requirements)),
    hints: result.hints.map((h) => h.toString()),
  };
}

/** One operation per line: reviews see which operation changed. */
function requirementsJson(ops: Record<string, unknown>): string {
  const lines = Object.entries(ops).map(([name, req]) => `  ${JSON.stringify(name)}: ${JSON.stringify(req)}`);
  return `{\n${lines.join(',\n')}\n}\n`;
}

function main(configArg?: string): void {
  const configPath = configArg ? resolve(configArg) : SUPERGRAPH_CONFIG_PATH;
  const output = join(dirname(configPath), 'supergraph.graphql');
  try {
    const { sdl, apiSdl, operationsJson, hints } = composeSupergraph(configPath);
    writeFileSync(output, sdl);
    writeFileSync(join(dirname(configPath), 'api-schema.graphql'), apiSdl);
    writeFileSync(join(dirname(configPath), 'operation-requirements.json'), operationsJson);
    for (const hint of hints) console.warn(`hint: ${hint}`);
    console.log(`wrote ${output}`);
  } catch (err) {
    console.error(err instanceof Error ? err.message : err);
    process.exitCode = 1;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main(process.argv[2]);
