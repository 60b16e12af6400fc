import { tenancyPlugin } from '@pos/kit';
import { type Connection, type InferSchemaType, Schema } from 'mongoose';

/** A sign-in: the family of refresh tokens that descend from one login. */
const sessionSchema = new Schema(
  {
    _id: { type: String, required: true },
    merchantId: { type: String, required: true },
    userId: { type: String, required: true },
    deviceId: String,
    /** PIN sessions on a shared device are limited to that device's branch. */
    branchId: String,
    method: { type: String, enum: ['PASSWORD', 'PIN', 'REGISTRATION'], required: true },
    revokedAt: Date,
    revokedReason: String,
  },
  { timestamps: true, versionKey: false },
);
sessionSchema.index({ merchantId: 1, userId: 1 });
sessionSchema.plugin(tenancyPlugin);
export type SessionDoc = InferSchemaType<typeof sessionSchema>;
export const sessionModel = (conn: Connection) => conn.model('Session', sessionSchema, 'sessions');

const refreshTokenSchema = new Schema(
  {
    _id: { type: String, required: true },
    merchantId: { type: String, required: true },
    sessionId: { type: String, required: true },
    userId: { type: String, required: true },
    /** SHA-256 of the secret part; the token itself is never stored. */
    secretHash: { type: String, required: true },
    expiresAt: { type: Date, required: true },
  },
  { timestamps: true, versionKey: false },
);
refreshTokenSchema.plugin(tenancyPlugin);
export type RefreshTokenDoc = InferSchemaType<typeof refreshTokenSchema>;
export const refreshTokenModel = (conn: Connection) =>
  conn.model('RefreshToken', refreshTokenSchema, 'refresh_tokens');

/** A refresh token is spent by inserting its id here; the primary key lets exactly one use win. */
const refreshTokenUseSchema = new Schema(
  { _id: { type: String, required: true }, merchantId: { type: String, required: true } },
  { timestamps: true, versionKey: false },
);
refreshTokenUseSchema.plugin(tenancyPlugin);
export const refreshTokenUseModel = (conn: Connection) =>
  conn.model('RefreshTokenUse', refreshTokenUseSchema, 'refresh_token_uses');

/** Access tokens revoked on logout, kept until they expire so a restart can reload them. */
const revokedTokenSchema = new Schema(
  {
    _id: { type: String, required: true },
    merchantId: { type: String, required: true },
    kind: { type: String, enum: ['jti', 'sid'], required: true },
    expiresAt: { type: Date, required: true },
  },
  { versionKey: false },
);
revokedTokenSchema.index({ expiresAt: 1 });
revokedTokenSchema.plugin(tenancyPlugin);
export const revokedTokenModel = (conn: Connection) =>
  conn.model('RevokedToken', revokedTokenSchema, 'revoked_tokens');
