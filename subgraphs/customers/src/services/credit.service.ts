import { randomUUID } from 'node:crypto';
import {
  checkAmount,
  checkId,
  checkOptionalId,
  checkOptionalText,
  errorResult,
  forbidden,
  notFound,
  TEXT_MAX,
  updateByKey,
} from '@pos/kit';
import type { CreditEntryDoc, CustomerDoc, CustomersModels } from '../models';
import type { Actor } from './actor';
import { CreditLedger } from './credit-ledger';
import { findCustomer } from './lookup';
import type { SettingsService } from './settings.service';

export interface ChargeInput {
  orderId: string;
  step: string;
  customerId: string;
  branchId: string;
  amount: number;
}

/** Customer credit (kasbon): charges at checkout, repayments, limits and compensations. */
export class CreditService {
  readonly ledger: CreditLedger;

  constructor(
    private readonly models: CustomersModels,
    private readonly actor: Actor,
    private readonly settings: SettingsService,
    onEvents: () => void,
  ) {
    this.ledger = new CreditLedger(models, actor, onEvents);
  }

  /** Checkout step: refused when the balance would pass the limit; the refusal replays too. */
  async charge(input: ChargeInput) {
    const amount = checkAmount(input.amount, 'amount', 'positiveMoney');
    const key = chargeKey(input.orderId, input.step);
    const replay = await this.ledger.byKey(key);
    const customer = await this.requireCustomer(input.customerId);
    if (replay) return chargeResult(replay, Math.max(0, customer.creditLimit - replay.balance));
    const rules = await this.settings.get(this.actor.merchantId);
    const today = await this.today();
    const dueDate = this.settings.dueDate(rules, today);
    let available = 0;
    const { entry } = await this.ledger.append(customer._id, key, today, (head) => {
      available = Math.max(0, customer.creditLimit - (head?.balance ?? 0));
      if (amount > available) return { kind: 'CHARGE_REFUSED', change: 0 };
      return { kind: 'CHARGE', change: amount, dueDate, orderId: input.orderId, branchId: input.branchId };
    });
    return chargeResult(entry, available);
  }

  /** Compensation: takes the step's charge back, or takes its key so a late charge is refused. */
  async reverseCharge(orderId: string, step: string): Promise<boolean> {
    const key = chargeKey(orderId, step);
    const today = await this.today();
    const entry = (await this.ledger.byKey(key)) ?? (await this.ledger.cancelKey(key, today));
    await this.ledger.reverse(entry, today);
    return true;
  }

  /** A void takes back every charge of the order (less what refunds already took back). */
  async reverseOrder(orderId: string) {
    const today = await this.today();
    for (const charge of await this.ledger.byOrder(orderId, ['CHARGE']))
      await this.ledger.reverse(charge, today);
  }

  /** A refund paid back to credit lowers what the customer owes. */
  async refundToCredit(customerId: string, key: string, orderId: string, amount: number) {
    if (amount <= 0) return;
    const customer = await findCustomer(this.models, this.actor.merchantId, customerId);
    if (!customer) return;
    await this.ledger.append(customer._id, key, await this.today(), () => ({
      kind: 'REVERSAL',
      change: -amount,
      orderId,
    }));
  }

  async repay(input: {
    customerId: string;
    amount: number;
    method: 'CASH' | 'TRANSFER';
    branchId?: string | null;
    note?: string | null;
    idempotencyKey?: string | null;
  }) {
    const amount = checkAmount(input.amount, 'amount', 'positiveMoney');
    const branchId = checkOptionalId(input.branchId, 'branchId') ?? null;
    const limited = this.actor.branchIds ?? [];
    if (branchId && limited.length > 0 && !limited.includes(branchId))
      throw forbidden('You may not work at this branch');
    const note = checkOptionalText(input.note, 'note', TEXT_MAX.note) ?? null;
    const idempotencyKey = checkOptionalText(input.idempotencyKey, 'idempotencyKey', TEXT_MAX.id);
    const customer = await this.requireCustomer(checkId(input.customerId, 'customerId'));
    const key = idempotencyKey ? `repay:${idempotencyKey}` : `repay:${randomUUID()}`;
    const { entry } = await this.ledger.append(customer._id, key, await this.today(), (head) => {
      if (amount > (head?.balance ?? 0)) return { kind: 'CHARGE_REFUSED', change: 0 };
      return {
        kind: 'REPAYMENT',
        change: -amount,
        method: input.method,
        branchId,
        note,
      };
    });
    if (entry.kind !== 'REPAYMENT') {
      return errorResult('RepaymentExceedsBalance', 'The repayment is more than what is owed', {
        balance: entry.balance,
      });
    }
    return { __typename: 'CreditEntry' as const, ...entry };
  }

  async setLimit(customerId: string, limit: number): Promise<CustomerDoc> {
    checkAmount(limit, 'limit', 'money');
    const customer = await this.requireCustomer(checkId(customerId, 'customerId'));
    await updateByKey(this.models.customers, customer._id, { $set: { creditLimit: limit } });
    return { ...customer, creditLimit: limit };
  }

  private today() {
    return this.settings.today(this.actor.merchantId);
  }

  private async requireCustomer(id: string) {
    const customer = await findCustomer(this.models, this.actor.merchantId, id);
    if (!customer) throw notFound('Customer');
    return customer;
  }
}

const chargeKey = (orderId: string, step: string) => `charge:${orderId}:${step}`;

function chargeResult(entry: CreditEntryDoc, available: number) {
  if (entry.kind === 'CHARGE')
    return { __typename: 'CreditCharged' as const, balance: entry.balance, dueDate: entry.dueDate ?? null };
  const message =
    entry.kind === 'CHARGE_CANCELLED'
      ? 'This charge step was already compensated'
      : "The charge is over the customer's credit limit";
  return errorResult('CreditLimitExceeded', message, { available });
}
