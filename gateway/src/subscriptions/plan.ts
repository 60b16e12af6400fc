import { operationFromDocument, type Schema, Supergraph } from '@apollo/federation-internals';
import { buildOperationContext, executeQueryPlan, type GraphQLDataSource } from '@apollo/gateway';
import type { FetchNode, PlanNode, QueryPlan, SubscriptionNode } from '@apollo/query-planner';
import { QueryPlanner } from '@apollo/query-planner';
import type { GatewayGraphQLRequestContext } from '@apollo/server-gateway-interface';
import {
  type DocumentNode,
  type GraphQLError,
  type GraphQLSchema,
  getOperationAST,
  parse,
  print,
  specifiedRules,
  type ValidationRule,
  validate,
} from 'graphql';
import type { GatewayContext } from '../subgraph-data-source';

/** A planned subscription: where its root field lives, and what the other subgraphs add per event. */
export interface PlannedSubscription {
  primary: FetchNode;
  /** Executes `rest` for one event of the primary subscription; absent work is just result shaping. */
  plan: QueryPlan;
  operationContext: ReturnType<typeof buildOperationContext>;
  /**
   * The primary subgraph answers exactly what the client asked: nothing to fetch elsewhere, and the
   * subgraph's operation selects the same fields, in the same way, as the client's. Its event data
   * is then already the client's result and is passed on as it is, without the query plan
   * executor (which costs more than everything else an event takes on the gateway).
   */
  passthrough: boolean;
}

/** The in-process stand-in for the primary fetch: it "returns" the event being resolved. */
const EVENT_SOURCE = '__subscription_event';

/**
 * Plans subscriptions with the gateway's own query planner, which (like Apollo Router's) yields a
 * `SubscriptionNode { primary, rest }`. @apollo/gateway refuses to execute that node, so each
 * event is resolved with `executeQueryPlan` on a synthetic plan, `Sequence[primary, rest]`,
 * where `primary` is routed to an in-process data source returning the event: every entity
 * fetch, flatten and result shaping of `rest` is then done by the gateway's own executor.
 */
export class SubscriptionPlanner {
  private readonly planner: QueryPlanner;
  private readonly apiSchema: Schema;
  private readonly supergraphSchema: GraphQLSchema;
  /** The client-facing schema, against which operations are validated. */
  readonly schema: GraphQLSchema;
  private readonly cache = new Map<string, PlannedSubscription>();

  constructor(
    supergraphSdl: string,
    private readonly rules: readonly ValidationRule[] = [],
    private readonly cacheSize = 500,
  ) {
    const supergraph = Supergraph.build(supergraphSdl);
    this.planner = new QueryPlanner(supergraph);
    this.apiSchema = supergraph.apiSchema();
    this.schema = this.apiSchema.toGraphQLJSSchema();
    this.supergraphSchema = supergraph.schema.toGraphQLJSSchema();
  }

  validate(document: DocumentNode) {
    return validate(this.schema, document, [...specifiedRules, ...this.rules]);
  }

  /** Plans a validated subscription document; the plan is cached by query text. */
  plan(query: string, document: DocumentNode, operationName?: string): PlannedSubscription {
    const key = `${operationName ?? ''}\n${query}`;
    const hit = this.cache.get(key);
    if (hit) return hit;
    const operation = operationFromDocument(this.apiSchema, document, operationName ? { operationName } : {});
    const root = this.planner.buildQueryPlan(operation).node;
    if (root?.kind !== 'Subscription') throw new Error('Not a subscription operation');
    const planned = toEventPlan(root);
    const passthrough = !root.rest && sameSelection(document, operationName, root.primary.operation);
    const operationContext = buildOperationContext({
      schema: this.schema,
      operationDocument: document,
      ...(operationName ? { operationName } : {}),
    });
    const result = { ...planned, operationContext, passthrough };
    if (this.cache.size >= this.cacheSize) this.cache.delete(this.cache.keys().next().value as string);
    this.cache.set(key, result);
    return result;
  }

  /** Resolves one event of `primary` into the client's result shape, fetching what other subgraphs own. */
  async resolveEvent(
    planned: PlannedSubscription,
    event: { data?: Record<string, unknown> | null },
    services: Readonly<Record<string, GraphQLDataSource>>,
    context: GatewayContext,
    variables: Record<string, unknown>,
  ): Promise<{ data?: Record<string, unknown> | null; errors?: readonly GraphQLError[] }> {
    if (planned.passthrough) return { data: event.data ?? null };
    const source: GraphQLDataSource = { process: async () => ({ data: event.data ?? null }) };
    // executeQueryPlan reads only `request`, `context`, `logger` and `metrics` of Apollo's request
    // context; a subscription has no HTTP request, so the rest does not exist. The one cast lives here.
    const requestContext = {
      request: { variables },
      context,
      logger: context.logger,
      metrics: {},
    } as unknown as GatewayGraphQLRequestContext<GatewayContext>;
    const result = await executeQueryPlan(
      planned.plan,
      { ...services, [EVENT_SOURCE]: source },
      requestContext,
      planned.operationContext,
      this.supergraphSchema,
      this.apiSchema,
    );
    return {
      ...(result.data !== undefined ? { data: result.data } : {}),
      ...(result.errors ? { errors: result.errors } : {}),
    };
  }
}

/**
 * Whether the subgraph operation selects what the client's operation selects, printed the same:
 * fields, aliases, arguments, directives and nesting. A plan that changed anything (fragments
 * expanded, `__typename` or keys added, fields renamed) is not the same and goes through the
 * executor, which shapes the result.
 */
function sameSelection(document: DocumentNode, operationName: string | undefined, subgraphOperation: string) {
  const client = getOperationAST(document, operationName);
  const subgraph = getOperationAST(parse(subgraphOperation));
  if (!client || !subgraph) return false;
  if (document.definitions.some((d) => d.kind === 'FragmentDefinition')) return false;
  return print(client.selectionSet) === print(subgraph.selectionSet);
}

function toEventPlan(node: SubscriptionNode): { primary: FetchNode; plan: QueryPlan } {
  const primaryAsEvent: FetchNode = { ...node.primary, serviceName: EVENT_SOURCE };
  const nodes: PlanNode[] = node.rest ? [primaryAsEvent, node.rest] : [primaryAsEvent];
  return { primary: node.primary, plan: { kind: 'QueryPlan', node: { kind: 'Sequence', nodes } } };
}
