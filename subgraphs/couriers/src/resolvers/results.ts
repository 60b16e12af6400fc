/** Union members: expected failures carry their `__typename` (kit `errorResult`); the rest are documents of `fallback`. */
const typeOf =
  <T extends string>(fallback: T) =>
  (value: object): string =>
    '__typename' in value && typeof value.__typename === 'string' ? value.__typename : fallback;

export const results = {
  CreateCourierResult: { __resolveType: typeOf('Courier') },
  UpdateCourierResult: { __resolveType: typeOf('Courier') },
  CreateDeliveryResult: { __resolveType: typeOf('Delivery') },
  DeliveryResult: { __resolveType: typeOf('Delivery') },
  ErrorResult: { __resolveType: typeOf('DeliveryChangedConcurrently') },
};
