import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/**
 * Encrypts small secrets at rest (a merchant's provider server key) with AES-256-GCM: a fresh IV
 * per value, the tag checked on reading, so a value altered in the database fails to open
 * instead of decrypting to garbage. `id` is bound as associated data: a value copied onto another
 * merchant's record does not open there either.
 */
export class SecretBox {
  private constructor(private readonly key: Buffer) {}

  /** A base64 (or base64url) encoded 32-byte key, as `PAYMENTS_ENCRYPTION_KEY` holds it. */
  static fromKey(encoded: string): SecretBox {
    const key = Buffer.from(encoded, 'base64');
    if (key.length !== 32) throw new Error('PAYMENTS_ENCRYPTION_KEY must be 32 bytes, base64 encoded');
    return new SecretBox(key);
  }

  /** A key derived from another secret (development: the internal secret of the run). */
  static derivedFrom(secret: string): SecretBox {
    return new SecretBox(Buffer.from(hkdfSync('sha256', secret, 'pos-orders', 'payment-accounts', 32)));
  }

  seal(id: string, plain: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(Buffer.from(id));
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return [iv, cipher.getAuthTag(), body].map((b) => b.toString('base64url')).join('.');
  }

  /** Null when the value was not sealed for `id` with this key. */
  open(id: string, sealed: string): string | null {
    const [iv, tag, body] = sealed.split('.').map((p) => Buffer.from(p, 'base64url'));
    if (!iv || !tag || !body) return null;
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.key, iv);
      decipher.setAAD(Buffer.from(id));
      decipher.setAuthTag(tag);
      return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
    } catch {
      return null;
    }
  }
}
