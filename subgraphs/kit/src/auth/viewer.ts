import type { Role, Scope } from './scopes';

/** The authenticated caller, as proven by a verified access token. */
export interface Viewer {
  userId: string;
  merchantId: string;
  role: Role;
  /** Branches the user may work in; empty means every branch of the merchant. */
  branchIds: readonly string[];
  scopes: ReadonlySet<string>;
  sessionId: string;
  tokenId: string;
  /** Set when the session was opened by PIN on a shared branch device. */
  deviceId?: string;
  expiresAt: number;
}

export function hasScope(viewer: Viewer, scope: Scope): boolean {
  return viewer.scopes.has(scope);
}

export function canUseBranch(viewer: Viewer, branchId: string): boolean {
  return viewer.branchIds.length === 0 || viewer.branchIds.includes(branchId);
}
