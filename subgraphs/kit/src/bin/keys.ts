/**
 * Writes a `.env` for docker-compose with fresh secrets and an Ed25519 key pair:
 * `npm run keys`. Refuses to overwrite an existing file.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { generateSigningKeys } from '../auth/jwt';

const target = resolve(process.argv[2] ?? '.env');
if (existsSync(target)) {
  console.error(`${target} exists; remove it first to rotate every secret.`);
  process.exit(1);
}
const keys = await generateSigningKeys();
const oneLine = (pem: string) => pem.trim().replace(/\n/g, '\\n');
const lines = [
  `GATEWAY_SECRET=${randomBytes(32).toString('base64url')}`,
  `INTERNAL_SECRET=${randomBytes(32).toString('base64url')}`,
  `JWT_PUBLIC_KEY='${oneLine(keys.publicKey)}'`,
  `JWT_PRIVATE_KEY='${oneLine(keys.privateKey)}'`,
  // Seals merchants' own payment provider keys at rest (orders).
  `PAYMENTS_ENCRYPTION_KEY=${randomBytes(32).toString('base64')}`,
];
writeFileSync(target, `${lines.join('\n')}\n`, { mode: 0o600 });
console.log(`wrote ${target}`);
