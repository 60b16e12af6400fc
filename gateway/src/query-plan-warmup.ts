/**
 * Query-plan cache warm-up. @apollo/gateway has none built in (Apollo Router's
 * `warmed_up_queries` has no gateway counterpart): it plans an operation on first use and keeps
 * the plan in an LRU keyed by the sha256 of the exact query text (plus the operation name). So the
 * gateway is given a cache we own, and the known operations of the front ends are planned into it
 * at boot, under the same keys, before the first request arrives.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { operationFromDocument, Supergraph } from '@apollo/federation-internals';
import { type QueryPlan, type QueryPlanCache, QueryPlanner } from '@apollo/query-planner';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import type { Logger } from '@pos/kit';
import { parse } from 'graphql';
import { z } from 'zod';

export interface WarmupOperation {
  body: string;
  name?: string;
}

/** The gateway's default budget for plans (30 MiB, measured as JSON bytes). */
export function createQueryPlanCache(maxMiB = 30): QueryPlanCache {
  return new InMemoryLRUCache<QueryPlan>({
    maxSize: maxMiB * 1024 * 1024,
    sizeCalculation: (plan) => Buffer.byteLength(JSON.stringify(plan)),
  });
}

// Apollo's persisted-query manifest, as written by @apollo/generate-persisted-query-manifest.
const manifestSchema = z.object({
  format: z.literal('apollo-persisted-query-manifest'),
  version: z.literal(1),
  operations: z.array(
    z.object({ name: z.string().optional(), type: z.string().optional(), body: z.string() }),
  ),
});

export function readWarmupManifest(path: string): WarmupOperation[] {
  const manifest = manifestSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
  return manifest.operations
    .filter((op) => op.type !== 'subscription')
    .map((op) => (op.name ? { body: op.body, name: op.name } : { body: op.body }));
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** The key @apollo/gateway's executor uses for a request's plan. */
function planKeys(op: WarmupOperation): string[] {
  const queryHash = sha256(op.body);
  // Clients may or may not send `operationName` with a single-operation document; cover both.
  if (!op.name) return [queryHash];
  return [queryHash, createHash('sha256').update(queryHash).update(op.name).digest('hex')];
}

/** Plans every operation into `cache`; an operation that no longer fits the schema is logged and skipped. */
export async function warmQueryPlans(
  supergraphSdl: string,
  cache: QueryPlanCache,
  operations: readonly WarmupOperation[],
  logger: Logger,
): Promise<number> {
  if (operations.length === 0) return 0;
  const supergraph = Supergraph.build(supergraphSdl);
  const planner = new QueryPlanner(supergraph);
  const apiSchema = supergraph.apiSchema();
  let planned = 0;
  for (const op of operations) {
    try {
      const operation = operationFromDocument(
        apiSchema,
        parse(op.body),
        op.name ? { operationName: op.name } : {},
      );
      const plan = planner.buildQueryPlan(operation);
      for (const key of planKeys(op)) await cache.set(key, plan);
      planned++;
    } catch (err) {
      logger.warn({ err, operation: op.name }, 'query plan warm-up skipped an operation');
    }
  }
  return planned;
}
