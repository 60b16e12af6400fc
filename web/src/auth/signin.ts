/** Sign-in calls shared by the device set-up and the sign-in screen. */

import { LoginDocument, PinLoginDocument } from '../__generated__/operations';
import type { Api } from '../api/client';
import { type Outcome, unwrapResult } from '../api/results';
import type { SessionStore } from './session';

export async function signInWithPassword(
  api: Api,
  session: SessionStore,
  input: { identifier: string; password: string; merchantSlug?: string; deviceId: string },
): Promise<Outcome<true>> {
  const r = await api.anonymousMutate(LoginDocument, {
    input: {
      identifier: input.identifier.trim(),
      password: input.password,
      deviceId: input.deviceId,
      ...(input.merchantSlug ? { merchantSlug: input.merchantSlug } : {}),
    },
  });
  if (!r.ok) return r;
  const auth = unwrapResult(r.value.login, 'AuthPayload');
  if (!auth.ok) return auth;
  await session.save({ ...auth.value, method: 'PASSWORD' });
  return { ok: true, value: true };
}

export async function signInWithPin(
  api: Api,
  session: SessionStore,
  input: { merchantSlug: string; branchId: string; userId: string; pin: string; deviceId: string },
): Promise<Outcome<true>> {
  const r = await api.anonymousMutate(PinLoginDocument, { input });
  if (!r.ok) return r;
  const auth = unwrapResult(r.value.loginWithPin, 'AuthPayload');
  if (!auth.ok) return auth;
  await session.save({ ...auth.value, method: 'PIN' });
  return { ok: true, value: true };
}
