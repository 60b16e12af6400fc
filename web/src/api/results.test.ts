import { CombinedError } from '@urql/core';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { failureOf, failureOfCombined, unwrapResult } from './results';

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

  it('keeps the input field a BAD_USER_INPUT names', () => {
    const error = new CombinedError({
      graphQLErrors: [
        new GraphQLError('A barcode has 3-64 letters', {
          extensions: { code: 'BAD_USER_INPUT', field: 'units.0.barcode' },
        }),
      ],
    });
    expect(failureOfCombined(error)).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'A barcode has 3-64 letters',
      field: 'units.0.barcode',
    });
    const plain = new CombinedError({
      graphQLErrors: [new GraphQLError('Forbidden', { extensions: { code: 'FORBIDDEN' } })],
    });
    expect(failureOfCombined(plain)).toEqual({ code: 'FORBIDDEN', message: 'Forbidden' });
  });
});
