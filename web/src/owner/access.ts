/** Which owner screens a viewer may open, from their effective scopes. */

export interface Gated {
  /** Any one of these scopes opens the screen. */
  scopes: readonly string[];
}

export function canOpen(entry: Gated, scopes: readonly string[]): boolean {
  return entry.scopes.some((s) => scopes.includes(s));
}

/** The entries a viewer may open, in their order. */
export function visibleEntries<E extends Gated>(entries: readonly E[], scopes: readonly string[]): E[] {
  return entries.filter((e) => canOpen(e, scopes));
}
