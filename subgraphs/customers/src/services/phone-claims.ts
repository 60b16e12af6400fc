import { claimKey, deleteByKey, getOwned } from '@pos/kit';
import { type CustomerDoc, type CustomersModels, type PhoneClaimDoc, phoneKey } from '../models';
import { findCustomer } from './lookup';

/** A claim this old whose customer never appeared was left by a crash between the two writes. */
const STALE_CLAIM_MS = 60_000;

/** Phone numbers as claim documents: one customer per number per merchant, found by exact key. */
export class PhoneClaims {
  constructor(
    private readonly models: CustomersModels,
    private readonly merchantId: string,
  ) {}

  /** Claims `phone` for `customerId`; false when another customer holds it. */
  async claim(phone: string, customerId: string): Promise<boolean> {
    const _id = phoneKey(this.merchantId, phone);
    for (let attempt = 0; attempt < 2; attempt++) {
      if (await claimKey(this.models.phones, { _id, merchantId: this.merchantId, customerId })) return true;
      const held = await this.get(phone);
      if (!held) continue;
      if (held.customerId === customerId) return true;
      if (!(await this.isStale(held))) return false;
      await deleteByKey(this.models.phones, _id);
    }
    return false;
  }

  /** Gives a number up, if `customerId` holds it. */
  async release(phone: string, customerId: string): Promise<void> {
    const held = await this.get(phone);
    if (held?.customerId === customerId) await deleteByKey(this.models.phones, held._id);
  }

  /** The customer with this number (the survivor, for a merged one). */
  async owner(phone: string): Promise<CustomerDoc | null> {
    const held = await this.get(phone);
    return held ? findCustomer(this.models, this.merchantId, held.customerId) : null;
  }

  private get(phone: string) {
    return getOwned<PhoneClaimDoc>(this.models.phones, phoneKey(this.merchantId, phone), this.merchantId);
  }

  private async isStale(held: PhoneClaimDoc): Promise<boolean> {
    if (Date.now() - new Date(held.createdAt).getTime() < STALE_CLAIM_MS) return false;
    return !(await getOwned(this.models.customers, held.customerId, this.merchantId));
  }
}
