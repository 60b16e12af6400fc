import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTillDb, type TillDatabase } from '../offline/db';
import { type Refresher, type Session, SessionStore, scopesOf } from './session';

/** An unsigned JWT-shaped token: the store only reads its `scope` claim. */
function token(scopes: string[], n: number): string {
  const part = (v: object) =>
    btoa(JSON.stringify(v)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
  return `${part({ alg: 'EdDSA' })}.${part({ scope: scopes.join(' '), n })}.sig`;
}

function session(n: number, expiresInMs: number): Omit<Session, 'scopes'> {
  return {
    accessToken: token(['sales:checkout', 'shifts:manage'], n),
    accessTokenExpiresAt: new Date(Date.now() + expiresInMs).toISOString(),
    refreshToken: `rt_${n}`,
    refreshTokenExpiresAt: new Date(Date.now() + 86_400_000).toISOString(),
    user: { id: 'u1', name: 'Budi', username: 'budi', role: 'CASHIER' },
    method: 'PIN',
  };
}

let name: string;
let db: TillDatabase;
beforeEach(async () => {
  name = `session-test-${crypto.randomUUID()}`;
  db = await openTillDb(name);
});
afterEach(() => {
  db.close();
  indexedDB.deleteDatabase(name);
});

/** A server that rotates refresh tokens and refuses a used one, as `refreshToken` does. */
function server(start: number) {
  let current = `rt_${start}`;
  const used: string[] = [];
  const refresher: Refresher = async (refreshToken) => {
    used.push(refreshToken);
    if (refreshToken !== current) return { kind: 'refused' };
    const n = Number(refreshToken.slice(3)) + 1;
    current = `rt_${n}`;
    return { kind: 'ok', session: session(n, 900_000) };
  };
  return { refresher, used };
}

describe('session', () => {
  it('reads the scopes from the access token', async () => {
    const store = new SessionStore(db);
    await store.save(session(1, 900_000));
    expect(store.has('sales:checkout')).toBe(true);
    expect(store.has('sales:void')).toBe(false);
    expect(scopesOf('not-a-token')).toEqual([]);
  });

  it('uses the token while it is good and renews it silently a minute before it expires', async () => {
    const store = new SessionStore(db);
    const { refresher, used } = server(1);
    store.setRefresher(refresher);
    await store.save(session(1, 900_000));
    expect(await store.accessToken()).toBe(session(1, 0).accessToken);
    expect(used).toEqual([]);

    await store.save(session(1, 30_000));
    expect(await store.accessToken()).toBe(session(2, 0).accessToken);
    expect(used).toEqual(['rt_1']);
    // Kept for the next tab and the next start.
    const reopened = new SessionStore(db);
    expect((await reopened.load())?.refreshToken).toBe('rt_2');
  });

  it('never spends a refresh token twice: a second tab takes the token the first one got', async () => {
    const first = new SessionStore(db);
    const otherConnection = await openTillDb(name);
    const second = new SessionStore(otherConnection);
    const { refresher, used } = server(1);
    first.setRefresher(refresher);
    second.setRefresher(refresher);
    await first.save(session(1, 10_000));
    await second.load();

    expect(await first.accessToken()).toBe(session(2, 0).accessToken);
    // The second tab still holds rt_1; using it would end the session (reuse detection).
    expect(await second.accessToken()).toBe(session(2, 0).accessToken);
    expect(used).toEqual(['rt_1']);
    otherConnection.close();
  });

  it('signs out when the server refuses the refresh token, and keeps the session when it cannot be reached', async () => {
    const store = new SessionStore(db);
    const seen: Array<Session | null> = [];
    store.subscribe((s) => seen.push(s));
    store.setRefresher(async () => ({ kind: 'unreachable' }));
    await store.save(session(1, 10_000));
    expect(await store.accessToken()).toBe(session(1, 0).accessToken);
    expect(store.session).not.toBeNull();

    store.setRefresher(async () => ({ kind: 'refused' }));
    expect(await store.accessToken()).toBeNull();
    expect(store.session).toBeNull();
    expect(seen.at(-1)).toBeNull();
    expect(await new SessionStore(db).load()).toBeNull();
  });
});
