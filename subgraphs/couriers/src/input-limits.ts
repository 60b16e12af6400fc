import type { InputLimits } from '@pos/kit/input-limits';

/**
 * What couriers accepts in any argument, documented on the SDL fields that carry these names:
 * ids non-blank and at most 64 characters; reasons, notes and addresses 500; names 120; phones 30;
 * plate numbers 20; photo URLs 2,000; `first` 1 to 200; `last` 1 to 500.
 */
export const COURIERS_LIMITS: InputLimits = {
  text: {
    reason: 500,
    note: 500,
    address: 500,
    recipientName: 120,
    contactName: 120,
    contactPhone: 30,
    phone: 30,
    plateNumber: 20,
    photoUrl: 2000,
  },
  required: ['reason', 'address', 'contactName', 'contactPhone'],
  ints: { first: [1, 200], last: [1, 500] },
};
