import { randomUUID } from 'node:crypto';
import {
  badInput,
  checkId,
  checkOptionalText,
  errorResult,
  forbidden,
  getOwned,
  isDuplicateKey,
  normalizePhone,
  notFound,
  op,
  phonePrefix,
  TEXT_MAX,
  updateByKey,
} from '@pos/kit';
import type {
  CreateCustomerInput,
  CustomerFilter,
  UpdateCustomerInput,
} from '../__generated__/resolvers-types';
import type { CustomerDoc, CustomersModels } from '../models';
import type { Actor } from './actor';
import { PhoneClaims } from './phone-claims';

const asCustomer = (doc: CustomerDoc) => ({ __typename: 'Customer' as const, ...doc });
const customerMerged = () =>
  errorResult('CustomerMerged', 'The customer was merged into another one; use that customer instead');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Customer profiles: the phone number is the natural key per merchant (a claim document). */
export class CustomerService {
  private readonly phones: PhoneClaims;

  constructor(
    private readonly models: CustomersModels,
    private readonly actor: Actor,
  ) {
    this.phones = new PhoneClaims(models, actor.merchantId);
  }

  async create(input: CreateCustomerInput) {
    this.refuseTierWithoutPricing(input.tierOverride);
    const phone = normalizePhone(input.phone);
    const id = randomUUID();
    const doc = {
      _id: id,
      merchantId: this.actor.merchantId,
      ...profile(input, id),
      phone,
      tags: tags(input.tags),
      status: 'ACTIVE',
      creditLimit: 0,
      createdBy: this.actor.userId,
    };
    if (!(await this.phones.claim(phone, id))) return this.duplicatePhone(phone);
    try {
      await this.models.customers.create(doc);
    } catch (err) {
      await this.phones.release(phone, id);
      if (isDuplicateKey(err)) return this.duplicatePhone(phone);
      throw err;
    }
    return asCustomer(await this.require(doc._id));
  }

  async update(input: UpdateCustomerInput) {
    this.refuseTierWithoutPricing(input.tierOverride);
    const current = await this.require(checkId(input.id, 'id'));
    const set: Record<string, unknown> = {};
    const unset: Record<string, 1> = {};
    if (input.name != null) Object.assign(set, name(input.name, current._id));
    const phone = input.phone != null ? normalizePhone(input.phone) : undefined;
    const newPhone = phone !== undefined && phone !== current.phone ? phone : undefined;
    if (newPhone) set.phone = newPhone;
    if (input.tags != null) set.tags = tags(input.tags);
    for (const field of ['email', 'address', 'notes', 'tierOverride'] as const) {
      if (input[field] === undefined) continue;
      const value = field === 'email' ? email(input.email) : text(input[field], field);
      if (value === null) unset[field] = 1;
      else set[field] = value;
    }
    if (newPhone && !(await this.phones.claim(newPhone, current._id))) return this.duplicatePhone(newPhone);
    try {
      await updateByKey(this.models.customers, current._id, {
        $set: set,
        ...(Object.keys(unset).length ? { $unset: unset } : {}),
      });
    } catch (err) {
      if (newPhone) await this.phones.release(newPhone, current._id);
      if (isDuplicateKey(err) && newPhone) return this.duplicatePhone(newPhone);
      throw err;
    }
    if (newPhone) await this.phones.release(current.phone, current._id);
    return asCustomer(await this.require(current._id));
  }

  async setStatus(id: string, status: 'ACTIVE' | 'ARCHIVED') {
    const customer = await this.require(id);
    if (customer.status === 'MERGED') return customerMerged();
    await updateByKey(this.models.customers, customer._id, { $set: { status } });
    return asCustomer({ ...customer, status });
  }

  /** Archiving is refused while the customer owes credit. */
  async archive(id: string, owed: (customer: CustomerDoc) => Promise<number>) {
    const customer = await this.require(id);
    if (customer.status === 'MERGED') return customerMerged();
    const balance = await owed(customer);
    if (balance > 0) return errorResult('CustomerHasBalance', 'The customer still owes credit', { balance });
    return this.setStatus(id, 'ARCHIVED');
  }

  async byPhone(phone: string): Promise<CustomerDoc | null> {
    return this.phones.owner(normalizePhone(phone));
  }

  /** By name then id; `search` is a phone prefix when it looks like a number, else a name prefix. */
  async list(filter: CustomerFilter, first: number, after?: string | null) {
    if (!Number.isInteger(first) || first < 1 || first > 200) throw badInput('first must be 1..200', 'first');
    const query: Record<string, unknown> = {
      merchantId: this.actor.merchantId,
      status: filter.status ?? 'ACTIVE',
    };
    if (filter.tier) query.tierOverride = filter.tier;
    if (filter.tag) query.tags = filter.tag;
    const search = filter.search?.trim();
    if (search) {
      const prefix = phonePrefix(search);
      if (prefix) query.phone = op({ $gte: prefix, $lt: `${prefix}\uffff` });
      else query.nameKey = op({ $gte: search.toLowerCase(), $lt: `${search.toLowerCase()}\uffff` });
    }
    if (after) query.sortKey = op({ $gt: decodeCursor(after) });
    const rows = await this.models.customers
      .find(query)
      .sort({ sortKey: 1 })
      .limit(first + 1)
      .lean<CustomerDoc[]>();
    const nodes = rows.slice(0, first);
    const last = nodes.at(-1);
    const more = rows.length > first;
    return { nodes, hasNextPage: more, endCursor: more && last ? encodeCursor(last) : null };
  }

  /**
   * A manual tier picks the tier's price rules at checkout, so it changes what the customer pays:
   * it needs `prices:write`, like the price rules themselves (a cashier has only `customers:write`).
   */
  private refuseTierWithoutPricing(tierOverride: string | null | undefined) {
    if (tierOverride !== undefined && !this.actor.maySetPrices)
      throw forbidden('Setting a customer tier needs the prices:write permission');
  }

  async require(id: string): Promise<CustomerDoc> {
    const c = await getOwned<CustomerDoc>(this.models.customers, id, this.actor.merchantId);
    if (!c) throw notFound('Customer');
    return c;
  }

  /** The refusal names the holder; a holder still being created is waited for briefly. */
  private async duplicatePhone(phone: string) {
    let existing = await this.byPhone(phone);
    for (let i = 0; !existing && i < 20; i++) {
      await sleep(50);
      existing = await this.byPhone(phone);
    }
    if (!existing) throw new Error('duplicate phone without an owner');
    return errorResult('DuplicatePhone', 'Another customer already has this phone number', { existing });
  }
}

/** The name, its search key, and the list order (name, then id for a stable order among equals). */
function name(value: string, id: string) {
  const n = value.trim().replace(/\s+/g, ' ');
  if (!n || n.length > TEXT_MAX.name)
    throw badInput(`A name of 1 to ${TEXT_MAX.name} characters is required`, 'name');
  return { name: n, nameKey: n.toLowerCase(), sortKey: `${n.toLowerCase()}\u0000${id}` };
}

function email(value: string | null | undefined): string | null {
  const e = checkOptionalText(value, 'email', 200) ?? null;
  if (e && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(e)) throw badInput('Not a valid e-mail address', 'email');
  return e?.toLowerCase() ?? null;
}

function tags(list: readonly string[] | null | undefined): string[] {
  const out = [...new Set((list ?? []).map((t) => t.trim().toLowerCase()).filter(Boolean))];
  if (out.length > 20 || out.some((t) => t.length > 40))
    throw badInput('At most 20 tags of 40 characters', 'tags');
  return out;
}

/** Free text of a profile: a tier is a label (`GOLD`), addresses and notes are notes. */
function text(value: string | null | undefined, field: 'address' | 'notes' | 'tierOverride'): string | null {
  const max = field === 'tierOverride' ? TEXT_MAX.label : TEXT_MAX.note;
  return checkOptionalText(value, field, max) ?? null;
}

function profile(input: CreateCustomerInput, id: string) {
  const fields: Record<string, unknown> = { ...name(input.name, id) };
  const mail = email(input.email);
  if (mail) fields.email = mail;
  for (const f of ['address', 'notes', 'tierOverride'] as const) {
    const v = text(input[f], f);
    if (v) fields[f] = v;
  }
  return fields;
}

function encodeCursor(c: CustomerDoc): string {
  return Buffer.from(c.sortKey).toString('base64url');
}

function decodeCursor(cursor: string): string {
  const key = Buffer.from(cursor, 'base64url').toString();
  if (!key.includes('\u0000')) throw badInput('Invalid cursor', 'after');
  return key;
}
