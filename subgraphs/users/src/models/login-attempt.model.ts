import { tenancyPlugin } from '@pos/kit';
import { type Connection, type InferSchemaType, Schema } from 'mongoose';

/**
 * Every counted sign-in attempt on an account, numbered per account: `_id` is
 * `<merchant>|<user>#<seq>`, so taking the next number is an insert guarded by the primary key
 * and concurrent or aliased guesses are each counted. Each attempt carries the running count of
 * attempts so far (`balance`), so the lockout state is read from the latest attempt alone.
 */
const loginAttemptSchema = new Schema(
  {
    _id: { type: String, required: true },
    merchantId: { type: String, required: true },
    userId: { type: String, required: true },
    seq: { type: Number, required: true },
    outcome: { type: String, enum: ['PENDING', 'OK', 'FAILED'], required: true },
    at: { type: Date, required: true },
    /** The stream's running total: attempts on this account up to and including this one. */
    balance: { type: Number, required: true },
  },
  { versionKey: false },
);
loginAttemptSchema.plugin(tenancyPlugin);
export type LoginAttemptDoc = InferSchemaType<typeof loginAttemptSchema>;
export const loginAttemptModel = (conn: Connection) =>
  conn.model('LoginAttempt', loginAttemptSchema, 'login_attempts');

/**
 * The last successful attempt per account (`_id` `<merchant>|<user>`): attempts counted after it
 * are the failures (or in-flight attempts) the lockout looks at.
 */
const loginSuccessSchema = new Schema(
  {
    _id: { type: String, required: true },
    merchantId: { type: String, required: true },
    seq: { type: Number, required: true },
    /** The stream's `balance` at that attempt. */
    counted: { type: Number, required: true },
  },
  { versionKey: false },
);
loginSuccessSchema.plugin(tenancyPlugin);
export type LoginSuccessDoc = InferSchemaType<typeof loginSuccessSchema>;
export const loginSuccessModel = (conn: Connection) =>
  conn.model('LoginSuccess', loginSuccessSchema, 'login_successes');
