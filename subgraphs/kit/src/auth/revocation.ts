import type { Redis } from 'ioredis';

/**
 * Revoked access-token ids (`jti`, on logout) and sessions (`sid`, on password change or
 * refresh-token reuse). Entries live until the last token they cover has expired.
 */
export interface RevocationStore {
  revoke(kind: 'jti' | 'sid', id: string, untilEpochSeconds: number): Promise<void>;
  isRevoked(jti: string, sid: string): Promise<boolean>;
}

/** For the embedded default, where every service runs in one process. */
export class MemoryRevocationStore implements RevocationStore {
  private readonly entries = new Map<string, number>();

  async revoke(kind: 'jti' | 'sid', id: string, untilEpochSeconds: number): Promise<void> {
    this.entries.set(`${kind}:${id}`, untilEpochSeconds);
    this.prune();
  }

  async isRevoked(jti: string, sid: string): Promise<boolean> {
    const now = Date.now() / 1000;
    return [`jti:${jti}`, `sid:${sid}`].some((k) => (this.entries.get(k) ?? 0) > now);
  }

  private prune() {
    if (this.entries.size < 10_000) return;
    const now = Date.now() / 1000;
    for (const [k, until] of this.entries) if (until <= now) this.entries.delete(k);
  }
}

/** Shared by every process when `REDIS_URL` is set; keys expire with the tokens they cover. */
export class RedisRevocationStore implements RevocationStore {
  constructor(
    private readonly redis: Redis,
    private readonly prefix = 'pos:revoked:',
  ) {}

  async revoke(kind: 'jti' | 'sid', id: string, untilEpochSeconds: number): Promise<void> {
    const ttl = Math.max(1, Math.ceil(untilEpochSeconds - Date.now() / 1000));
    await this.redis.set(`${this.prefix}${kind}:${id}`, '1', 'EX', ttl);
  }

  async isRevoked(jti: string, sid: string): Promise<boolean> {
    const n = await this.redis.exists(`${this.prefix}jti:${jti}`, `${this.prefix}sid:${sid}`);
    return n > 0;
  }
}
