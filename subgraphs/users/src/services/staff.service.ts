import {
  badInput,
  canUseBranch,
  deleteByKey,
  errorResult,
  forbidden,
  getOwned,
  getOwnedMany,
  isDuplicateKey,
  isScope,
  notFound,
  op,
  optionalPhone,
  ROLE_RANK,
  type Role,
  updateByKey,
  type Viewer,
} from '@pos/kit';
import { emailKey, type UserDoc, type UsersModels, usernameKey } from '../models';
import type { AuthService } from './auth.service';
import { newId } from './ids';
import { hashSecret, PIN_PATTERN, passwordProblem } from './passwords';
import * as v from './validation';

export interface CreateStaffInput {
  name: string;
  role: Role;
  email?: string | null;
  username?: string | null;
  phone?: string | null;
  password: string;
  pin?: string | null;
  branchIds?: readonly string[] | null;
}

export interface UpdateStaffInput {
  name?: string | null;
  role?: Role | null;
  email?: string | null;
  username?: string | null;
  phone?: string | null;
  branchIds?: readonly string[] | null;
}

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Staff management. Beyond the scope checks in the SDL, a person may only manage people of a
 * lower role, only in branches they work in themselves, and only grant scopes they hold.
 */
export class StaffService {
  constructor(
    private readonly models: UsersModels,
    private readonly viewer: Viewer,
    private readonly auth: AuthService,
  ) {}

  async list(
    filter: {
      role?: Role | null;
      branchId?: string | null;
      includeInactive?: boolean | null;
      search?: string | null;
    },
    first: number,
    after?: string | null,
  ) {
    if (!Number.isInteger(first) || first < 1 || first > 200) throw badInput('first must be 1..200', 'first');
    const query: Record<string, unknown> = { merchantId: this.viewer.merchantId };
    if (!filter.includeInactive) query.active = true;
    if (filter.role) query.role = filter.role;
    if (filter.search) query.name = op({ $regex: `^${escapeRegex(filter.search.trim())}`, $options: 'i' });
    if (after) query._id = op({ $lt: after });
    const branchScope = filter.branchId ? [filter.branchId] : this.viewer.branchIds;
    if (branchScope.length > 0) query.branchIds = op({ $in: [...branchScope] });
    const rows = await this.models.users
      .find(query)
      .sort({ _id: -1 })
      .limit(first + 1)
      .lean<UserDoc[]>();
    const nodes = rows.slice(0, first);
    return {
      nodes,
      hasNextPage: rows.length > first,
      endCursor: rows.length > first ? (nodes.at(-1)?._id ?? null) : null,
    };
  }

  async get(id: string): Promise<UserDoc | null> {
    return getOwned<UserDoc>(this.models.users, id, this.viewer.merchantId);
  }

  async create(input: CreateStaffInput) {
    this.assertCanManageRole(input.role);
    const name = v.text(input.name, 'name');
    const email = input.email ? v.email(input.email) : undefined;
    const username = input.username ? v.username(input.username) : undefined;
    if (!email && !username) throw badInput('Give an e-mail address or a username', 'email');
    if (input.pin != null && !PIN_PATTERN.test(input.pin)) throw badInput('A PIN has 4 to 6 digits', 'pin');
    const branchIds = await this.checkBranches(input.branchIds ?? []);
    const weak = passwordProblem(input.password, [email, username, name]);
    if (weak) return errorResult('WeakPassword', weak);

    const userId = newId();
    const claimed: string[] = [];
    try {
      const taken = await this.claim(userId, email, username, claimed);
      if (taken) return taken;
      const doc = await this.models.users.create({
        _id: userId,
        merchantId: this.viewer.merchantId,
        name,
        email,
        username,
        phone: optionalPhone(input.phone),
        role: input.role,
        active: true,
        branchIds,
        passwordHash: await hashSecret(input.password),
        pinHash: input.pin ? await hashSecret(input.pin) : undefined,
      });
      return { __typename: 'User' as const, ...(doc.toObject() as UserDoc) };
    } catch (err) {
      await this.release(claimed);
      throw err;
    }
  }

  async update(id: string, input: UpdateStaffInput) {
    const target = await this.requireManageable(id);
    if (input.role) this.assertCanManageRole(input.role);
    const set: Record<string, unknown> = {};
    if (input.name != null) set.name = v.text(input.name, 'name');
    if (input.phone !== undefined) set.phone = optionalPhone(input.phone);
    if (input.role) set.role = input.role;
    if (input.branchIds) set.branchIds = await this.checkBranches(input.branchIds);
    const email = input.email ? v.email(input.email) : undefined;
    const username = input.username ? v.username(input.username) : undefined;
    const newEmail = email && email !== target.email ? email : undefined;
    const newUsername = username && username !== target.username ? username : undefined;
    const claimed: string[] = [];
    try {
      const taken = await this.claim(target._id, newEmail, newUsername, claimed);
      if (taken) return taken;
      if (newEmail) set.email = newEmail;
      if (newUsername) set.username = newUsername;
      await updateByKey(this.models.users, target._id, { $set: set });
    } catch (err) {
      await this.release(claimed);
      throw err;
    }
    const released = [
      ...(newEmail && target.email ? [emailKey(target.email)] : []),
      ...(newUsername && target.username ? [usernameKey(target.merchantId, target.username)] : []),
    ];
    await this.release(released);
    if (set.role || set.branchIds)
      await this.auth.revokeUserSessions(target.merchantId, target._id, 'role or branches changed');
    return { __typename: 'User' as const, ...(await this.requireUser(id)) };
  }

  async deactivate(id: string): Promise<UserDoc> {
    const target = await this.requireManageable(id);
    await updateByKey(this.models.users, target._id, { $set: { active: false } });
    await this.auth.revokeUserSessions(target.merchantId, target._id, 'deactivated');
    return this.requireUser(id);
  }

  async setPermissions(input: { userId: string; grants: readonly string[]; revokes: readonly string[] }) {
    const target = await this.requireManageable(input.userId);
    for (const s of [...input.grants, ...input.revokes]) {
      if (!isScope(s)) throw badInput(`Unknown scope ${s}`, 'grants');
    }
    const notHeld = input.grants.filter((s) => !this.viewer.scopes.has(s));
    if (notHeld.length) throw forbidden(`You cannot grant scopes you do not have: ${notHeld.join(', ')}`);
    const grants = [...new Set(input.grants)].sort();
    const revokes = [...new Set(input.revokes)].filter((s) => !grants.includes(s)).sort();
    await updateByKey(this.models.users, target._id, { $set: { grants, revokes } });
    await this.auth.revokeUserSessions(target.merchantId, target._id, 'permissions changed');
    return this.requireUser(target._id);
  }

  private assertCanManageRole(role: Role) {
    if (ROLE_RANK[role] >= ROLE_RANK[this.viewer.role]) {
      throw forbidden(`A ${this.viewer.role.toLowerCase()} cannot manage a ${role.toLowerCase()}`);
    }
  }

  /** Another tenant's id, or a person outside the caller's branches, reads as not found. */
  async find(id: string): Promise<UserDoc | null> {
    const u = await this.get(id);
    if (!u) return null;
    const visible =
      u.branchIds.length === 0
        ? this.viewer.branchIds.length === 0
        : u.branchIds.some((b) => canUseBranch(this.viewer, b));
    return visible ? u : null;
  }

  private async requireUser(id: string): Promise<UserDoc> {
    const u = await this.find(id);
    if (!u) throw notFound('User');
    return u;
  }

  private async requireManageable(id: string): Promise<UserDoc> {
    if (id === this.viewer.userId) throw forbidden('You cannot change your own role, permissions or status');
    const target = await this.requireUser(id);
    this.assertCanManageRole(target.role as Role);
    return target;
  }

  private async checkBranches(ids: readonly string[]): Promise<string[]> {
    const unique = [...new Set(ids)];
    if (unique.length === 0 && this.viewer.branchIds.length > 0) {
      throw forbidden('You can only give access to the branches you work in');
    }
    if (unique.some((b) => !canUseBranch(this.viewer, b)))
      throw forbidden('You can only give access to the branches you work in');
    const found = await getOwnedMany(this.models.branches, unique, this.viewer.merchantId);
    if (found.some((b) => b === null)) throw notFound('Branch');
    return unique;
  }

  private async claim(
    userId: string,
    email: string | undefined,
    username: string | undefined,
    claimed: string[],
  ) {
    const merchantId = this.viewer.merchantId;
    const keys: [string, string][] = [];
    if (email) keys.push([emailKey(email), 'email']);
    if (username) keys.push([usernameKey(merchantId, username), 'username']);
    for (const [key, kind] of keys) {
      try {
        await this.models.identifiers.create({ _id: key, merchantId, userId });
        claimed.push(key);
      } catch (err) {
        if (!isDuplicateKey(err)) throw err;
        await this.release(claimed);
        claimed.length = 0;
        return kind === 'email'
          ? errorResult('EmailTaken', 'That e-mail address is already registered')
          : errorResult('UsernameTaken', 'That username is already used');
      }
    }
    return null;
  }

  private async release(keys: string[]) {
    for (const key of keys) {
      const claim = await getOwned(this.models.identifiers, key, this.viewer.merchantId);
      if (claim) await deleteByKey(this.models.identifiers, key);
    }
  }
}
