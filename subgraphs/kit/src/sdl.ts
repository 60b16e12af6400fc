import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  type DefinitionNode,
  type DocumentNode,
  Kind,
  type NameNode,
  parse,
  print,
  type TypeSystemDefinitionNode,
  visit,
} from 'graphql';

/** The shared error vocabulary (`ErrorResult` and the error types several subgraphs return). */
export const SHARED_SDL_PATH = fileURLToPath(new URL('../errors.graphql', import.meta.url));

let shared: Map<string, TypeSystemDefinitionNode> | undefined;

function sharedDefinitions(): Map<string, TypeSystemDefinitionNode> {
  if (!shared) {
    const doc = parse(readFileSync(SHARED_SDL_PATH, 'utf8'));
    shared = new Map(
      doc.definitions.flatMap((d) => {
        const name = definedName(d);
        return name ? [[name, d as TypeSystemDefinitionNode]] : [];
      }),
    );
  }
  return shared;
}

/** Names of the shared types, e.g. to tell shared error types from a subgraph's own. */
export function sharedTypeNames(): string[] {
  return [...sharedDefinitions().keys()];
}

function definedName(d: DefinitionNode): string | undefined {
  return 'name' in d && d.name ? (d.name as NameNode).value : undefined;
}

function namedTypes(node: DefinitionNode | DocumentNode): Set<string> {
  const names = new Set<string>();
  visit(node, {
    NamedType(n) {
      names.add(n.name.value);
    },
  });
  return names;
}

/**
 * A subgraph's SDL plus the definitions of the shared types it names (and the shared types those
 * name in turn). A subgraph may not define or extend a shared type itself: there is one definition.
 */
export function withSharedTypes(doc: DocumentNode, source = 'subgraph SDL'): DocumentNode {
  const defs = sharedDefinitions();
  for (const d of doc.definitions) {
    const name = definedName(d);
    if (name && defs.has(name))
      throw new Error(
        `${source}: ${name} is a shared type defined in subgraphs/kit/errors.graphql; name it, do not define it`,
      );
  }
  const added = new Map<string, TypeSystemDefinitionNode>();
  const queue = [...namedTypes(doc)];
  for (let name = queue.pop(); name !== undefined; name = queue.pop()) {
    const def = defs.get(name);
    if (!def || added.has(name)) continue;
    added.set(name, def);
    queue.push(...namedTypes(def));
  }
  if (added.size === 0) return doc;
  return { kind: Kind.DOCUMENT, definitions: [...doc.definitions, ...added.values()] };
}

/** Reads and parses a subgraph's SDL file with the shared types it names. */
export function readSubgraphSdl(path: string): DocumentNode {
  return withSharedTypes(parse(readFileSync(path, 'utf8')), path);
}

/** The same, printed: for tools that take SDL text (GraphQL Code Generator). */
export function printSubgraphSdl(path: string): string {
  return print(readSubgraphSdl(path));
}
