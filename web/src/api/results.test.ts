import { describe, expect, it } from 'vitest';
import { failureOf, unwrapResult } from './results';

describe('reading result unions', () => {
  it('returns the success member', () => {
    const r = unwrapResult({ __typename: 'Order' as const, id: 'o1' }, 'Order');
    expect(r).toEqual({ ok: true, value: { __typename: 'Order', id: 'o1' } });
  });

  it('reads any ErrorResult by its code and message, whatever its type is called', () => {
    for (const typename of ['OutOfStock', 'SaleOutOfStock', 'SomethingNew']) {
      const r = unwrapResult<{ __typename: string; code?: string; message?: string }, 'Order'>(
        { __typename: typename, code: 'OUT_OF_STOCK', message: 'Not enough stock' },
        'Order',
      );
      expect(r).toEqual({ ok: false, error: { code: 'OUT_OF_STOCK', message: 'Not enough stock' } });
    }
  });

  it('names an error member whose code was not selected after its type', () => {
    expect(failureOf({ __typename: 'IdempotencyKeyReused' })).toEqual({
      code: 'IDEMPOTENCY_KEY_REUSED',
      message: 'IdempotencyKeyReused',
    });
  });

  it('treats a missing result as not found', () => {
    expect(unwrapResult(null, 'Order')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
