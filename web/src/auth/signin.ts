/** Sign-in calls shared by the device set-up and the sign-in screen. */

import {
  LoginDocument,
  PinLoginDocument,
  RegisterMerchantDocument,
  type SessionFieldsFragment,
} from '../__generated__/operations';
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
  return keepPasswordSession(session, unwrapResult(r.value.login, 'AuthPayload'));
}

/**
 * Registers a newcomer's shop (merchant, first branch, owner) and signs the owner in with the
 * tokens it answers, exactly as a password sign-in does.
 */
export async function registerShop(
  api: Api,
  session: SessionStore,
  input: {
    merchantName: string;
    branchName: string;
    ownerName: string;
    ownerEmail: string;
    password: string;
  },
): Promise<Outcome<true>> {
  const r = await api.anonymousMutate(RegisterMerchantDocument, {
    input: {
      merchantName: input.merchantName.trim(),
      branchName: input.branchName.trim(),
      ownerName: input.ownerName.trim(),
      ownerEmail: input.ownerEmail.trim(),
      password: input.password,
    },
  });
  if (!r.ok) return r;
  return keepPasswordSession(session, unwrapResult(r.value.registerMerchant, 'AuthPayload'));
}

async function keepPasswordSession(
  session: SessionStore,
  auth: Outcome<SessionFieldsFragment>,
): Promise<Outcome<true>> {
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
