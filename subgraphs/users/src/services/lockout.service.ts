import { isDuplicateKey, op } from '@pos/kit';
import type { UsersModels } from '../models';

/** Failures allowed before delays start. */
export const FREE_FAILURES = 5;
const BASE_DELAY_MS = 60_000;
const MAX_DELAY_MS = 60 * 60_000;

export interface Attempt {
  seq: number;
  /** Set when the account is locked: the attempt is refused without checking the secret. */
  retryAfterSeconds: number | null;
}

/** Lock length after `failures` consecutive failures: 1 min after the 5th, doubling, capped at an hour. */
export function lockDelayMs(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** (failures - FREE_FAILURES));
}

/**
 * Brute-force protection per account, not per IP: every attempt takes the next number in the
 * account's attempt stream (unique index), so parallel requests and aliased mutations in one
 * request are all counted. In-flight attempts count as failures until they succeed.
 */
export class LockoutService {
  constructor(
    private readonly models: UsersModels,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async begin(merchantId: string, userId: string): Promise<Attempt> {
    const { loginAttempts } = this.models;
    for (let i = 0; i < 100; i++) {
      const [last, lastOk] = await Promise.all([
        loginAttempts.findOne({ merchantId, userId }).sort({ seq: -1 }).lean(),
        loginAttempts.findOne({ merchantId, userId, outcome: 'OK' }).sort({ seq: -1 }).lean(),
      ]);
      const since = lastOk?.seq ?? 0;
      const failures = await loginAttempts.countDocuments({
        merchantId,
        userId,
        seq: op({ $gt: since }),
        outcome: op({ $in: ['FAILED', 'PENDING'] }),
      });
      const lastFailure = failures
        ? await loginAttempts
            .findOne({
              merchantId,
              userId,
              seq: op({ $gt: since }),
              outcome: op({ $in: ['FAILED', 'PENDING'] }),
            })
            .sort({ seq: -1 })
            .lean()
        : null;
      const unlockAt = lastFailure ? lastFailure.at.getTime() + lockDelayMs(failures) : 0;
      const now = this.now();
      const locked = unlockAt > now.getTime();
      const seq = (last?.seq ?? 0) + 1;
      try {
        await loginAttempts.create({
          merchantId,
          userId,
          seq,
          outcome: locked ? 'LOCKED' : 'PENDING',
          at: now,
        });
      } catch (err) {
        if (isDuplicateKey(err)) continue;
        throw err;
      }
      return { seq, retryAfterSeconds: locked ? Math.ceil((unlockAt - now.getTime()) / 1000) : null };
    }
    throw new Error('Too many concurrent sign-in attempts');
  }

  async finish(merchantId: string, userId: string, seq: number, ok: boolean): Promise<void> {
    await this.models.loginAttempts.updateOne(
      { merchantId, userId, seq },
      { $set: { outcome: ok ? 'OK' : 'FAILED' } },
    );
  }
}
