import type { InputLimits } from '@pos/kit/input-limits';

/**
 * What orders accepts in any argument, documented on the SDL fields that carry these names:
 * ids non-blank and at most 64 characters; device ids 64; keys 128; reasons and notes 500;
 * labels and categories 60; pages of at most 200.
 */
export const ORDERS_LIMITS: InputLimits = {
  text: {
    deviceId: 64,
    idempotencyKey: 128,
    reason: 500,
    note: 500,
    label: 60,
    expenseCategory: 60,
    reference: 100,
    barcode: 64,
    unit: 30,
    number: 40,
    address: 500,
    contactName: 120,
    contactPhone: 30,
    after: 64,
    serverKey: 120,
    merchantCode: 32,
  },
  required: ['deviceId', 'idempotencyKey', 'reason', 'address', 'contactName', 'contactPhone', 'serverKey'],
  ints: { first: [1, 200] },
};
