import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { checkInput, withInputLimits } from './input-limits';

const limits = { text: { deviceId: 8, note: 5 }, required: ['deviceId'], ints: { first: [1, 3] as const } };
const codeOf = (f: () => unknown) => {
  try {
    f();
  } catch (err) {
    return err instanceof GraphQLError ? [err.extensions.code, err.extensions.field] : ['THROWN'];
  }
  return null;
};

describe('checkInput', () => {
  it('refuses blank or long ids at any depth, and lists of ids', () => {
    expect(codeOf(() => checkInput({ input: { branchId: ' ' } }, limits))).toEqual([
      'BAD_USER_INPUT',
      'branchId',
    ]);
    expect(codeOf(() => checkInput({ lines: [{ productId: 'x'.repeat(65) }] }, limits))).toEqual([
      'BAD_USER_INPUT',
      'productId',
    ]);
    expect(codeOf(() => checkInput({ branchIds: ['a', ''] }, limits))).toEqual([
      'BAD_USER_INPUT',
      'branchIds',
    ]);
    expect(codeOf(() => checkInput({ id: 'ok', customerId: null, at: new Date() }, limits))).toBeNull();
  });

  it('applies text and integer rules by name', () => {
    expect(codeOf(() => checkInput({ deviceId: '' }, limits))).toEqual(['BAD_USER_INPUT', 'deviceId']);
    expect(codeOf(() => checkInput({ note: '' }, limits))).toBeNull();
    expect(codeOf(() => checkInput({ note: '123456' }, limits))).toEqual(['BAD_USER_INPUT', 'note']);
    expect(codeOf(() => checkInput({ first: 4 }, limits))).toEqual(['BAD_USER_INPUT', 'first']);
    expect(codeOf(() => checkInput({ first: 3 }, limits))).toBeNull();
  });

  it('wraps resolvers but not reference resolvers', () => {
    const wrapped = withInputLimits(
      {
        field: (_p: unknown, a: { first: number }) => a.first,
        __resolveReference: (ref: { id: string }) => ref,
      },
      limits,
    );
    expect(codeOf(() => wrapped.field(null, { first: 9 }))).toEqual(['BAD_USER_INPUT', 'first']);
    expect(wrapped.__resolveReference({ id: '' })).toEqual({ id: '' });
  });
});
