import { tenancyPlugin } from '@pos/kit';
import { type Connection, type InferSchemaType, Schema } from 'mongoose';

/**
 * Every sign-in attempt on an account, numbered per account. The unique (userId, seq) index
 * serialises attempts, so concurrent or aliased guesses are each counted.
 */
const loginAttemptSchema = new Schema(
  {
    merchantId: { type: String, required: true },
    userId: { type: String, required: true },
    seq: { type: Number, required: true },
    outcome: { type: String, enum: ['PENDING', 'OK', 'FAILED', 'LOCKED'], required: true },
    at: { type: Date, required: true },
  },
  { versionKey: false },
);
loginAttemptSchema.index({ userId: 1, seq: 1 }, { unique: true });
loginAttemptSchema.index({ merchantId: 1, userId: 1, outcome: 1, seq: -1 });
loginAttemptSchema.plugin(tenancyPlugin);
export type LoginAttemptDoc = InferSchemaType<typeof loginAttemptSchema>;
export const loginAttemptModel = (conn: Connection) =>
  conn.model('LoginAttempt', loginAttemptSchema, 'login_attempts');
