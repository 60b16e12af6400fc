import { type BaseContext, requireInternal, requireViewer } from '@pos/kit';
import { type CustomersLoaders, createLoaders } from './loaders';
import type { CustomersModels } from './models';
import { type Actor, actorOf, internalActor } from './services/actor';
import { CreditService } from './services/credit.service';
import { CreditQueries } from './services/credit-query.service';
import { CustomerService } from './services/customer.service';
import { LoyaltyService } from './services/loyalty.service';
import { MergeService } from './services/merge.service';
import { PurchaseStatsService } from './services/purchases.service';
import type { SettingsService } from './services/settings.service';

export interface CustomersServices {
  models: CustomersModels;
  settings: SettingsService;
  /** Publishes credit events soon after a write (the outbox relay's kick). */
  onCreditEvents: () => void;
}

export interface CustomersContext extends BaseContext {
  models: CustomersModels;
  loaders: CustomersLoaders;
  settings: SettingsService;
  /** The signed-in viewer's tenant; throws UNAUTHENTICATED without one. */
  actor(): Actor;
  customers(): CustomerService;
  loyalty(): LoyaltyService;
  credit(): CreditService;
  creditQueries(): CreditQueries;
  merges(): MergeService;
  /** Services for an internal call (checkout saga): requires the internal secret. */
  saga(merchantId: string | null | undefined): { loyalty: LoyaltyService; credit: CreditService };
}

export function createContext(base: BaseContext, services: CustomersServices): CustomersContext {
  const { models, settings, onCreditEvents } = services;
  const actor = () => actorOf(requireViewer(base));
  const loyalty = (a: Actor) => new LoyaltyService(models, a, settings);
  const credit = (a: Actor) => new CreditService(models, a, settings, onCreditEvents);
  return {
    ...base,
    models,
    settings,
    loaders: createLoaders(models, settings),
    actor,
    customers: () => new CustomerService(models, actor()),
    loyalty: () => loyalty(actor()),
    credit: () => credit(actor()),
    creditQueries: () => new CreditQueries(models, actor(), settings),
    merges: () => {
      const a = actor();
      return new MergeService(models, a, {
        points: loyalty(a).ledger,
        credit: credit(a).ledger,
        purchases: new PurchaseStatsService(models, a),
        settings,
      });
    },
    saga: (merchantId) => {
      requireInternal(base);
      const a = internalActor(base.viewer, merchantId);
      return { loyalty: loyalty(a), credit: credit(a) };
    },
  };
}
