import { type BaseContext, requireViewer } from '@pos/kit';
import { createLoaders, type UsersLoaders } from './loaders';
import type { UsersModels } from './models';
import { AdvanceService } from './services/advance.service';
import type { AuthService } from './services/auth.service';
import { MerchantService } from './services/merchant.service';
import type { RegistrationService } from './services/registration.service';
import { StaffService } from './services/staff.service';

export interface UsersContext extends BaseContext {
  models: UsersModels;
  loaders: UsersLoaders;
  auth: AuthService;
  registration: RegistrationService;
  /** Services bound to the signed-in viewer; each throws UNAUTHENTICATED without one. */
  merchants(): MerchantService;
  staff(): StaffService;
  advances(): AdvanceService;
}

export interface UsersServices {
  models: UsersModels;
  auth: AuthService;
  registration: RegistrationService;
  /** Wakes the outbox relay after a write that staged events. */
  published: () => void;
}

export function createContext(base: BaseContext, services: UsersServices): UsersContext {
  const { models, auth } = services;
  return {
    ...base,
    ...services,
    loaders: createLoaders(models),
    merchants: () => new MerchantService(models, requireViewer(base)),
    staff: () => new StaffService(models, requireViewer(base), auth),
    advances: () => new AdvanceService(models, requireViewer(base), services.published),
  };
}
