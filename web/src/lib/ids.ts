/** Ids made on the device: idempotency keys and offline sale ids (at most 64 characters). */
export function newId(prefix: string): string {
  return `${prefix}-${crypto.randomUUID()}`;
}
