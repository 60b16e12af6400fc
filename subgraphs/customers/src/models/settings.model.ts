import { tenancyPlugin } from '@pos/kit';
import { type Connection, Schema } from 'mongoose';

/**
 * A merchant's loyalty and credit rules; one document per merchant (`_id` = the merchant id, so
 * checkout reads it by key), absent until first set.
 */
export interface SettingsDoc {
  merchantId: string;
  earnAmount: number;
  earnPoints: number;
  redeemValuePerPoint: number;
  tiers: { name: string; minLifetimeSpend: number }[];
  creditTermDays: number;
}

export const DEFAULT_SETTINGS: Omit<SettingsDoc, 'merchantId'> = {
  // Off until the merchant sets rules: points nobody agreed to are a liability.
  earnAmount: 0,
  earnPoints: 1,
  redeemValuePerPoint: 0,
  tiers: [],
  creditTermDays: 30,
};

const settingsSchema = new Schema<SettingsDoc & { _id: string }>(
  {
    _id: { type: String, required: true },
    merchantId: { type: String, required: true },
    earnAmount: { type: Number, required: true },
    earnPoints: { type: Number, required: true },
    redeemValuePerPoint: { type: Number, required: true },
    tiers: { type: [{ _id: false, name: String, minLifetimeSpend: Number }], default: [] },
    creditTermDays: { type: Number, required: true },
  },
  { versionKey: false, timestamps: true },
);
settingsSchema.plugin(tenancyPlugin);

export const settingsModel = (conn: Connection) =>
  conn.model<SettingsDoc & { _id: string }>('CustomerSettings', settingsSchema, 'settings');
