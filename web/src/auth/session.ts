/**
 * The signed-in session: a 15-minute access token and a single-use refresh token, kept in
 * IndexedDB so a till whose tab was closed (or that went offline) still knows who is at it.
 * The access token is renewed silently a minute before it expires or when the gateway answers
 * 401. Refresh tokens are single-use and reuse ends the session, so every tab refreshes under
 * one Web Lock and first looks whether another tab has refreshed already.
 */
import { readKv, type TillDatabase, writeKv } from '../offline/db';

export interface SessionUser {
  id: string;
  name: string;
  username: string | null;
  role: string;
}

export interface Session {
  accessToken: string;
  accessTokenExpiresAt: string;
  refreshToken: string;
  refreshTokenExpiresAt: string;
  user: SessionUser;
  /** Effective scopes, from the access token's `scope` claim (what the server will allow). */
  scopes: string[];
  method: 'PIN' | 'PASSWORD';
}

export type Refresher = (
  refreshToken: string,
) => Promise<
  { kind: 'ok'; session: Omit<Session, 'scopes' | 'method'> } | { kind: 'refused' } | { kind: 'unreachable' }
>;

const KEY = 'session';
const RENEW_BEFORE_MS = 60_000;

export class SessionStore {
  private current: Session | null = null;
  private readonly listeners = new Set<(s: Session | null) => void>();
  private refresher: Refresher | null = null;

  constructor(private readonly db: TillDatabase) {}

  async load(): Promise<Session | null> {
    this.current = (await readKv<Session>(this.db, KEY)) ?? null;
    return this.current;
  }

  get session(): Session | null {
    return this.current;
  }

  setRefresher(refresher: Refresher) {
    this.refresher = refresher;
  }

  subscribe(listener: (s: Session | null) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async save(session: Omit<Session, 'scopes'> | null): Promise<void> {
    this.current = session ? { ...session, scopes: scopesOf(session.accessToken) } : null;
    await writeKv(this.db, KEY, this.current ?? undefined);
    for (const l of this.listeners) l(this.current);
  }

  has(scope: string): boolean {
    return this.current?.scopes.includes(scope) ?? false;
  }

  /** A token good for at least a minute, renewed first when needed; null when signed out. */
  async accessToken(): Promise<string | null> {
    const s = this.current;
    if (!s) return null;
    if (Date.parse(s.accessTokenExpiresAt) - Date.now() > RENEW_BEFORE_MS) return s.accessToken;
    return this.renew(s.refreshToken);
  }

  /** Renews with `used` unless another tab did already; null when the session is over. */
  async renew(used?: string): Promise<string | null> {
    const run = async () => {
      const stored = (await readKv<Session>(this.db, KEY)) ?? null;
      if (!stored) {
        if (this.current) await this.save(null);
        return null;
      }
      if (stored.refreshToken !== (used ?? this.current?.refreshToken)) {
        this.current = stored;
        return stored.accessToken;
      }
      if (!this.refresher) return stored.accessToken;
      const answer = await this.refresher(stored.refreshToken);
      if (answer.kind === 'unreachable') return stored.accessToken;
      if (answer.kind === 'refused') {
        await this.save(null);
        return null;
      }
      await this.save({ ...stored, ...answer.session });
      return answer.session.accessToken;
    };
    if (typeof navigator !== 'undefined' && navigator.locks) {
      return navigator.locks.request('pos-session-refresh', run);
    }
    return run();
  }
}

/** The `scope` claim of a JWT, read without verifying (the server verifies; this only shapes screens). */
export function scopesOf(token: string): string[] {
  try {
    const payload = token.split('.')[1] ?? '';
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    const scope = (JSON.parse(json) as { scope?: unknown }).scope;
    return typeof scope === 'string' ? scope.split(' ').filter(Boolean) : [];
  } catch {
    return [];
  }
}
