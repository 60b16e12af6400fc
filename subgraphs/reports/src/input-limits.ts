import type { InputLimits } from '@pos/kit/input-limits';

/**
 * What reports accepts in any argument, documented in its SDL: ids non-blank and at most 64
 * characters; `limit` 1 to 200; `offset` 0 to 10,000; names 60 and notes 500 characters.
 */
export const REPORTS_LIMITS: InputLimits = {
  text: { name: 60, note: 500 },
  required: ['name'],
  ints: { limit: [1, 200], offset: [0, 10_000] },
};
