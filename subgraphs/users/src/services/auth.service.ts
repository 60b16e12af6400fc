import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import {
  badInput,
  checkOptionalText,
  checkText,
  type ErrorCodeOf,
  effectiveScopes,
  errorResult,
  getByKey,
  getOwned,
  isDuplicateKey,
  type Logger,
  MAX_ACCESS_TOKEN_SECONDS,
  op,
  putByKey,
  type RevocationStore,
  type Role,
  TEXT_MAX,
  type TokenSigner,
  updateByKey,
  type Viewer,
} from '@pos/kit';
import {
  type BranchDoc,
  emailKey,
  type RefreshTokenDoc,
  type SessionDoc,
  type UserDoc,
  type UsersModels,
  usernameKey,
} from '../models';
import { merchantBySlug, userByLoginName } from './identifiers';
import { newId } from './ids';
import type { LockoutService } from './lockout.service';
import { decoyVerify, hashSecret, PIN_PATTERN, passwordProblem, verifySecret } from './passwords';

export interface AuthPayloadMapper {
  __typename: 'AuthPayload';
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  refreshTokenExpiresAt: Date;
  user: UserDoc;
}

export interface PasswordChangedMapper {
  user: UserDoc;
  revokedSessions: number;
}

export interface AuthDeps {
  models: UsersModels;
  signer: TokenSigner;
  revocations: RevocationStore;
  lockout: LockoutService;
  logger: Logger;
  refreshTokenSeconds: number;
}

type SessionMethod = 'PASSWORD' | 'PIN' | 'REGISTRATION';

const invalidCredentials = () => errorResult('InvalidCredentials', 'The sign-in details are not correct');
const accountLocked = (retryAfterSeconds: number) =>
  errorResult('AccountLocked', `Too many failed attempts; try again in ${retryAfterSeconds} seconds`, {
    retryAfterSeconds,
  });
const invalidRefresh = (
  code: ErrorCodeOf<'InvalidRefreshToken'> = 'INVALID_REFRESH_TOKEN',
  message = 'The refresh token is not valid',
) => errorResult('InvalidRefreshToken', message, {}, code);

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const REFRESH_PATTERN = /^rt_([a-f0-9]{32})\.([A-Za-z0-9_-]{43})$/;

/** Sessions, tokens and secrets. Shared by the resolvers of sign-in, and by staff changes that end sessions. */
export class AuthService {
  constructor(private readonly deps: AuthDeps) {}

  /** Issues tokens for a new session, or for the next generation of an existing one. */
  async issue(
    user: UserDoc,
    opts: { method: SessionMethod; deviceId?: string; branchId?: string; sessionId?: string },
  ): Promise<AuthPayloadMapper> {
    const { models, signer } = this.deps;
    const sessionId = opts.sessionId ?? newId();
    if (!opts.sessionId) {
      await models.sessions.create({
        _id: sessionId,
        merchantId: user.merchantId,
        userId: user._id,
        deviceId: opts.deviceId,
        branchId: opts.branchId,
        method: opts.method,
      });
    }
    const tokenId = randomBytes(16).toString('hex');
    const secret = randomBytes(32).toString('base64url');
    const refreshTokenExpiresAt = new Date(Date.now() + this.deps.refreshTokenSeconds * 1000);
    await models.refreshTokens.create({
      _id: tokenId,
      merchantId: user.merchantId,
      sessionId,
      userId: user._id,
      secretHash: sha256(secret),
      expiresAt: refreshTokenExpiresAt,
    });
    const access = await signer.sign({
      userId: user._id,
      merchantId: user.merchantId,
      role: user.role as Role,
      branchIds: opts.branchId ? [opts.branchId] : user.branchIds,
      scopes: effectiveScopes(user.role as Role, user.grants, user.revokes),
      sessionId,
      ...(opts.deviceId ? { deviceId: opts.deviceId } : {}),
    });
    return {
      __typename: 'AuthPayload',
      accessToken: access.token,
      accessTokenExpiresAt: access.expiresAt,
      refreshToken: `rt_${tokenId}.${secret}`,
      refreshTokenExpiresAt,
      user,
    };
  }

  async login(input: {
    identifier: string;
    merchantSlug?: string | null;
    password: string;
    deviceId?: string | null;
  }) {
    checkOptionalText(input.deviceId, 'deviceId', TEXT_MAX.deviceId);
    const user = await this.findByIdentifier(input.identifier.trim(), input.merchantSlug?.trim());
    if (!user) {
      await decoyVerify(input.password);
      return invalidCredentials();
    }
    return this.checkSecret(user, user.passwordHash, input.password, () =>
      this.issue(user, { method: 'PASSWORD', ...(input.deviceId ? { deviceId: input.deviceId } : {}) }),
    );
  }

  async loginWithPin(input: {
    merchantSlug: string;
    branchId: string;
    userId: string;
    pin: string;
    deviceId: string;
  }) {
    checkText(input.deviceId, 'deviceId', TEXT_MAX.deviceId);
    const { models } = this.deps;
    const merchant = await merchantBySlug(models, input.merchantSlug);
    const [user, branch] = merchant
      ? await Promise.all([
          getOwned<UserDoc>(models.users, input.userId, merchant._id),
          getOwned<BranchDoc>(models.branches, input.branchId, merchant._id),
        ])
      : [null, null];
    const allowed =
      user && branch?.active && (user.branchIds.length === 0 || user.branchIds.includes(branch._id));
    if (!user || !allowed || !user.pinHash || !PIN_PATTERN.test(input.pin)) {
      await decoyVerify(input.pin);
      return invalidCredentials();
    }
    return this.checkSecret(user, user.pinHash, input.pin, () =>
      this.issue(user, { method: 'PIN', deviceId: input.deviceId, branchId: input.branchId }),
    );
  }

  /**
   * Checks a password or PIN under the account's lockout; inactive accounts always fail. The
   * lockout is decided before the (deliberately slow) hash check, so refusals are answered at once.
   */
  private async checkSecret<T>(user: UserDoc, hash: string, secret: string, onSuccess: () => Promise<T>) {
    const { lockout } = this.deps;
    const attempt = await lockout.begin(user.merchantId, user._id);
    if (attempt.seq === null) return accountLocked(attempt.retryAfterSeconds);
    const ok = (await verifySecret(hash, secret)) && user.active;
    await lockout.finish(user.merchantId, user._id, attempt, ok);
    if (!ok) {
      this.deps.logger.warn({ merchantId: user.merchantId, userId: user._id }, 'sign-in failed');
      return invalidCredentials();
    }
    return onSuccess();
  }

  private async findByIdentifier(identifier: string, merchantSlug?: string | null): Promise<UserDoc | null> {
    const { models } = this.deps;
    if (identifier.includes('@')) return userByLoginName(models, emailKey(identifier));
    if (!merchantSlug) return null;
    const merchant = await merchantBySlug(models, merchantSlug);
    return merchant ? userByLoginName(models, usernameKey(merchant._id, identifier)) : null;
  }

  /** Rotates a refresh token. Presenting one that was already used ends its whole session. */
  async refresh(token: string) {
    const { models } = this.deps;
    const match = REFRESH_PATTERN.exec(token.trim());
    if (!match) return invalidRefresh();
    const [, tokenId, secret] = match as unknown as [string, string, string];
    const stored = await getByKey<RefreshTokenDoc>(models.refreshTokens, tokenId);
    if (!stored || !safeEqual(stored.secretHash, sha256(secret)) || stored.expiresAt.getTime() < Date.now()) {
      return invalidRefresh();
    }
    try {
      await models.refreshTokenUses.create({ _id: tokenId, merchantId: stored.merchantId });
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
      await this.revokeSession(stored.merchantId, stored.sessionId, 'refresh token reused');
      this.deps.logger.warn(
        { merchantId: stored.merchantId, sessionId: stored.sessionId },
        'refresh token reuse',
      );
      return invalidRefresh(
        'REFRESH_TOKEN_REUSED',
        'This refresh token was already used; the session has been ended',
      );
    }
    const [session, user] = await Promise.all([
      getOwned<SessionDoc & { _id: string }>(models.sessions, stored.sessionId, stored.merchantId),
      getOwned<UserDoc>(models.users, stored.userId, stored.merchantId),
    ]);
    if (!session || session.revokedAt || !user?.active) return invalidRefresh();
    return this.issue(user, {
      method: session.method as SessionMethod,
      sessionId: session._id,
      ...(session.deviceId ? { deviceId: session.deviceId } : {}),
      ...(session.branchId ? { branchId: session.branchId } : {}),
    });
  }

  async logout(viewer: Viewer): Promise<{ ok: boolean }> {
    await this.revoke(viewer.merchantId, 'jti', viewer.tokenId, viewer.expiresAt);
    await this.revokeSession(viewer.merchantId, viewer.sessionId, 'logout');
    return { ok: true };
  }

  async changePassword(viewer: Viewer, input: { currentPassword: string; newPassword: string }) {
    const user = await this.currentUser(viewer);
    const weak = passwordProblem(input.newPassword, [user.email, user.username, user.name]);
    return this.checkSecret(user, user.passwordHash, input.currentPassword, async () => {
      if (weak) return errorResult('WeakPassword', weak);
      const passwordHash = await hashSecret(input.newPassword);
      await updateByKey(this.deps.models.users, user._id, { $set: { passwordHash } });
      const revokedSessions = await this.revokeUserSessions(
        user.merchantId,
        user._id,
        'password changed',
        viewer.sessionId,
      );
      return { __typename: 'PasswordChanged' as const, user: { ...user, passwordHash }, revokedSessions };
    });
  }

  async changePin(viewer: Viewer, input: { currentPassword: string; newPin: string }) {
    if (!PIN_PATTERN.test(input.newPin)) throw badInput('A PIN is 4 to 6 digits 0-9', 'newPin');
    const user = await this.currentUser(viewer);
    return this.checkSecret(user, user.passwordHash, input.currentPassword, async () => {
      const pinHash = await hashSecret(input.newPin);
      await updateByKey(this.deps.models.users, user._id, { $set: { pinHash } });
      const revokedSessions = await this.revokeUserSessions(
        user.merchantId,
        user._id,
        'PIN changed',
        viewer.sessionId,
      );
      return { __typename: 'PinChanged' as const, user: { ...user, pinHash }, revokedSessions };
    });
  }

  private async currentUser(viewer: Viewer): Promise<UserDoc> {
    const user = await getOwned<UserDoc>(this.deps.models.users, viewer.userId, viewer.merchantId);
    if (!user) throw new Error('Signed-in user no longer exists');
    return user;
  }

  /** Ends every open session of a user (optionally but one) and returns how many were ended. */
  async revokeUserSessions(merchantId: string, userId: string, reason: string, exceptSessionId?: string) {
    const open = await this.deps.models.sessions
      .find({
        merchantId,
        userId,
        revokedAt: null,
        ...(exceptSessionId ? { _id: op({ $ne: exceptSessionId }) } : {}),
      })
      .select({ _id: 1 })
      .lean();
    for (const s of open) await this.revokeSession(merchantId, s._id, reason);
    return open.length;
  }

  async revokeSession(merchantId: string, sessionId: string, reason: string) {
    const { sessions } = this.deps.models;
    const session = await getOwned<SessionDoc>(sessions, sessionId, merchantId);
    if (session && !session.revokedAt)
      await updateByKey(sessions, sessionId, { $set: { revokedAt: new Date(), revokedReason: reason } });
    // Access tokens of the session live at most this long; after that the session flag is enough.
    await this.revoke(merchantId, 'sid', sessionId, Math.ceil(Date.now() / 1000) + MAX_ACCESS_TOKEN_SECONDS);
  }

  private async revoke(merchantId: string, kind: 'jti' | 'sid', id: string, untilEpochSeconds: number) {
    await this.deps.revocations.revoke(kind, id, untilEpochSeconds);
    await putByKey(this.deps.models.revokedTokens, `${kind}:${id}`, {
      merchantId,
      kind,
      expiresAt: new Date(untilEpochSeconds * 1000),
    });
  }

  /** After a restart, reloads revocations that are still in force into the shared store. */
  async reloadRevocations(): Promise<number> {
    const live = await this.deps.models.revokedTokens
      .find({ expiresAt: op({ $gt: new Date() }) })
      .setOptions({ crossTenant: true })
      .lean();
    for (const r of live) {
      const id = String(r._id).slice(r.kind.length + 1);
      await this.deps.revocations.revoke(
        r.kind as 'jti' | 'sid',
        id,
        Math.ceil(r.expiresAt.getTime() / 1000),
      );
    }
    return live.length;
  }
}

function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
