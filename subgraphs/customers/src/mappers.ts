export type {
  CreditEntryDoc as CreditEntryMapper,
  CustomerDoc as CustomerMapper,
  PointsEntryDoc as PointsEntryMapper,
  SettingsDoc as LoyaltySettingsMapper,
} from './models';
export type { CreditBalanceMapper } from './services/credit-query.service';
