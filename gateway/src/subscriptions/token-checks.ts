import type { TokenVerifier, Viewer } from '@pos/kit';

export type TokenStatus = 'ok' | 'expired' | 'revoked';

interface Entry {
  viewer: Viewer;
  status: TokenStatus;
  checkedAt: number;
  checking: boolean;
  /** Open client connections presenting this token. */
  users: number;
}

/**
 * The access tokens of open client connections, re-verified at most every `recheckMs`. A live
 * event reaches thousands of subscribers: checking each one's token against the signature and the
 * revocation store (a Redis round trip in production) per event cost more than the event. Here the
 * per-event check is a map read and a clock comparison; the full verification (signature, claims,
 * revocation) runs again, in the background, for a token whose last one is older than `recheckMs`,
 * so a logout or a revoked session ends its streams within about that time.
 */
export class TokenChecks {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly verifier: TokenVerifier,
    private readonly recheckMs = 1_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** A connection opened with `token`, already verified as `viewer`. */
  acquire(token: string, viewer: Viewer): void {
    const entry = this.entries.get(token);
    if (entry) entry.users++;
    else this.entries.set(token, { viewer, status: 'ok', checkedAt: this.now(), checking: false, users: 1 });
  }

  release(token: string): void {
    const entry = this.entries.get(token);
    if (entry && --entry.users <= 0) this.entries.delete(token);
  }

  /** Whether `token` may still receive events; never waits. */
  status(token: string): TokenStatus {
    const entry = this.entries.get(token);
    if (!entry) return 'expired';
    if (entry.status !== 'ok') return entry.status;
    const now = this.now();
    if (entry.viewer.expiresAt * 1000 <= now) {
      entry.status = 'expired';
      return entry.status;
    }
    if (now - entry.checkedAt >= this.recheckMs && !entry.checking) this.recheck(token, entry);
    return entry.status;
  }

  /** The viewer of a token that is still good, for the fetches an event needs. */
  viewer(token: string): Viewer | undefined {
    return this.entries.get(token)?.viewer;
  }

  /** Tokens being tracked; for leak checks. */
  size(): number {
    return this.entries.size;
  }

  private recheck(token: string, entry: Entry): void {
    entry.checking = true;
    this.verifier.verify(token).then(
      () => {
        entry.checkedAt = this.now();
        entry.checking = false;
      },
      (err: unknown) => {
        entry.checking = false;
        entry.status = err instanceof Error && /revoked/i.test(err.message) ? 'revoked' : 'expired';
      },
    );
  }
}
