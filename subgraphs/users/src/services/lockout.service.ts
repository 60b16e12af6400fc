import {
  backOff,
  entryIdOf,
  getByKey,
  insertEntry,
  KeyedLock,
  putByKey,
  readHead,
  streamIdOf,
  updateByKey,
  writeHint,
} from '@pos/kit';
import type { LoginAttemptDoc, LoginSuccessDoc, UsersModels } from '../models';

/** Failures allowed before delays start. */
export const FREE_FAILURES = 5;
const BASE_DELAY_MS = 60_000;
const MAX_DELAY_MS = 60 * 60_000;
/** Losing this many sequence races in a row means a flood on one account: refuse, do not spin. */
const MAX_RACES = 20;
const BUSY_RETRY_SECONDS = 1;

export type Attempt =
  /** Counted: check the secret, then `finish`. */
  | { seq: number; counted: number; retryAfterSeconds: null }
  /** Refused without checking the secret (and without writing anything). */
  | { seq: null; retryAfterSeconds: number };

type AttemptEntry = LoginAttemptDoc & { _id: string };

/** Lock length after `failures` consecutive failures: 1 min after the 5th, doubling, capped at an hour. */
export function lockDelayMs(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** (failures - FREE_FAILURES));
}

/**
 * Brute-force protection per account, not per IP: every attempt takes the next number in the
 * account's attempt stream (an insert guarded by `_id`), so parallel requests and aliased
 * mutations in one request are all counted. In-flight attempts count as failures until they
 * succeed. The state is read by key (stream head and last success), never by a query, and a
 * refusal writes nothing, so a flood of guesses is refused in a few reads and never waits for a
 * password hash to be checked.
 */
export class LockoutService {
  /** Within a process, attempts on one account take their numbers in turn instead of racing. */
  private readonly turns = new KeyedLock();

  constructor(
    private readonly models: UsersModels,
    private readonly now: () => Date = () => new Date(),
  ) {}

  begin(merchantId: string, userId: string): Promise<Attempt> {
    const streamId = streamIdOf({ merchantId, userId });
    return this.turns.run(streamId, () => this.take(merchantId, userId, streamId));
  }

  private async take(merchantId: string, userId: string, streamId: string): Promise<Attempt> {
    const { loginAttempts, loginSuccesses } = this.models;
    for (let race = 0; race < MAX_RACES; race++) {
      const [head, success] = await Promise.all([
        readHead<AttemptEntry>(loginAttempts, streamId),
        getByKey<LoginSuccessDoc>(loginSuccesses, streamId),
      ]);
      const counted = head?.balance ?? 0;
      const failures = counted - (success?.counted ?? 0);
      const now = this.now().getTime();
      const unlockAt = head && failures > 0 ? head.at.getTime() + lockDelayMs(failures) : 0;
      if (unlockAt > now) return { seq: null, retryAfterSeconds: Math.ceil((unlockAt - now) / 1000) };
      const seq = (head?.seq ?? 0) + 1;
      const entry = { _id: entryIdOf(streamId, seq), merchantId, userId, seq, outcome: 'PENDING' };
      const stored = await insertEntry<AttemptEntry>(loginAttempts, {
        ...entry,
        balance: counted + 1,
        at: new Date(now),
      });
      if (stored) {
        await writeHint(loginAttempts, streamId, stored);
        return { seq, counted: stored.balance, retryAfterSeconds: null };
      }
      await backOff(race);
    }
    return { seq: null, retryAfterSeconds: BUSY_RETRY_SECONDS };
  }

  async finish(merchantId: string, userId: string, attempt: { seq: number; counted: number }, ok: boolean) {
    const streamId = streamIdOf({ merchantId, userId });
    const { loginAttempts, loginSuccesses } = this.models;
    await updateByKey(loginAttempts, entryIdOf(streamId, attempt.seq), {
      $set: { outcome: ok ? 'OK' : 'FAILED' },
    });
    if (!ok) return;
    // Last writer wins; a late, older success can only make the lockout stricter, never looser.
    const last = await getByKey<LoginSuccessDoc>(loginSuccesses, streamId);
    if (!last || last.seq < attempt.seq)
      await putByKey(loginSuccesses, streamId, { merchantId, seq: attempt.seq, counted: attempt.counted });
  }
}
