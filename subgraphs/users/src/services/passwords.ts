import argon2 from 'argon2';

// OWASP's argon2id baseline: 19 MiB, 2 passes, 1 lane.
const HASH_OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const hashSecret = (secret: string) => argon2.hash(secret, HASH_OPTIONS);

export async function verifySecret(hash: string, secret: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, secret);
  } catch {
    return false;
  }
}

/** A hash of nothing anyone knows, so an unknown account costs the same time as a known one. */
let decoyHash: Promise<string> | undefined;
export function decoyVerify(secret: string): Promise<boolean> {
  decoyHash ??= hashSecret(`decoy-${Math.random()}`);
  return decoyHash.then((h) => verifySecret(h, secret));
}

const COMMON = new Set([
  'password123',
  'password1234',
  '1234567890',
  '12345678910',
  'qwerty12345',
  'qwertyuiop1',
  'iloveyou123',
  'admin12345',
  'bismillah123',
  'indonesia123',
  'abcdefg12345',
  'passw0rd123',
]);

/** Returns why a password is too weak, or null when it is acceptable. */
export function passwordProblem(
  password: string,
  personal: (string | undefined | null)[] = [],
): string | null {
  if (password.length < 10) return 'The password needs at least 10 characters';
  if (password.length > 200) return 'The password may have at most 200 characters';
  if (!/[A-Za-z]/.test(password) || !/\d/.test(password)) return 'The password needs both letters and digits';
  const lower = password.toLowerCase();
  if (COMMON.has(lower)) return 'That password is too common';
  for (const p of personal) {
    const part = p?.toLowerCase().split('@')[0];
    if (part && part.length >= 4 && lower.includes(part))
      return 'The password must not contain your name or e-mail';
  }
  return null;
}

/** 4 to 6 ASCII digits (not Arabic-Indic or other Unicode digits a keypad cannot type). */
export const PIN_PATTERN = /^[0-9]{4,6}$/;
