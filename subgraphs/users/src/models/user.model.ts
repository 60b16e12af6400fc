import { ROLES, tenancyPlugin } from '@pos/kit';
import { type Connection, type InferSchemaType, Schema } from 'mongoose';

const userSchema = new Schema(
  {
    _id: { type: String, required: true },
    merchantId: { type: String, required: true },
    name: { type: String, required: true },
    email: String,
    username: String,
    phone: String,
    role: { type: String, enum: ROLES, required: true },
    active: { type: Boolean, required: true, default: true },
    /** Empty means every branch of the merchant. */
    branchIds: { type: [String], default: [] },
    grants: { type: [String], default: [] },
    revokes: { type: [String], default: [] },
    passwordHash: { type: String, required: true },
    pinHash: String,
  },
  { timestamps: true, versionKey: false },
);
userSchema.index({ merchantId: 1, createdAt: -1 });
userSchema.plugin(tenancyPlugin);

export type UserDoc = InferSchemaType<typeof userSchema> & { _id: string; createdAt: Date };
export const userModel = (conn: Connection) => conn.model('User', userSchema, 'users');

/**
 * Claims on unique identifiers, and the way sign-in finds an account by exact key. E-mails are
 * unique across the platform (an owner logs in with just an e-mail); usernames per merchant;
 * merchant slugs across the platform (no `userId`). Claiming is an insert guarded by the primary
 * key, so two concurrent sign-ups with one e-mail cannot both win.
 */
const identifierSchema = new Schema(
  {
    _id: { type: String, required: true },
    merchantId: { type: String, required: true },
    userId: String,
  },
  { timestamps: true, versionKey: false },
);
identifierSchema.plugin(tenancyPlugin);
export type IdentifierDoc = InferSchemaType<typeof identifierSchema>;
export const identifierModel = (conn: Connection) =>
  conn.model('Identifier', identifierSchema, 'identifiers');

export const emailKey = (email: string) => `email:${email.toLowerCase()}`;
export const usernameKey = (merchantId: string, username: string) =>
  `username:${merchantId}:${username.toLowerCase()}`;
export const slugKey = (slug: string) => `slug:${slug}`;
