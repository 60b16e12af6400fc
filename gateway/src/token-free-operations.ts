import { type DocumentNode, getOperationAST, Kind, parse } from 'graphql';

/**
 * Root mutation fields that answer whatever the Authorization header says: the ways to a new
 * token. A client whose auth link still attaches an expired or revoked token must reach them.
 */
export const TOKEN_FREE_MUTATIONS: ReadonlySet<string> = new Set([
  'login',
  'loginWithPin',
  'refreshToken',
  'registerMerchant',
]);

/**
 * True when the operation this request body will run is a mutation selecting only
 * TOKEN_FREE_MUTATIONS (and `__typename`) at its root. The operation is found the way GraphQL
 * execution finds it (by `operationName`, else the only one), and its root fields are checked:
 * the operation's name proves nothing. Anything unclear (no query text, a persisted query, a
 * fragment at the root, a parse error) is false.
 */
export function onlyTokenFreeMutations(body: unknown, maxTokens: number): boolean {
  if (typeof body !== 'object' || body === null) return false;
  const { query, operationName } = body as { query?: unknown; operationName?: unknown };
  if (typeof query !== 'string') return false;
  if (operationName != null && typeof operationName !== 'string') return false;
  let document: DocumentNode;
  try {
    document = parse(query, { maxTokens, noLocation: true });
  } catch {
    return false;
  }
  const operation = getOperationAST(document, operationName);
  if (operation?.operation !== 'mutation') return false;
  const selections = operation.selectionSet.selections;
  return (
    selections.some((s) => s.kind === Kind.FIELD && TOKEN_FREE_MUTATIONS.has(s.name.value)) &&
    selections.every(
      (s) =>
        s.kind === Kind.FIELD && (TOKEN_FREE_MUTATIONS.has(s.name.value) || s.name.value === '__typename'),
    )
  );
}
