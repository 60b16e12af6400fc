import type { Connection } from 'mongoose';
import { branchModel } from './branch.model';
import { loginAttemptModel, loginSuccessModel } from './login-attempt.model';
import { merchantModel } from './merchant.model';
import { refreshTokenModel, refreshTokenUseModel, revokedTokenModel, sessionModel } from './session.model';
import { staffAdvanceEntryModel } from './staff-advance.model';
import { identifierModel, userModel } from './user.model';

export * from './branch.model';
export * from './login-attempt.model';
export * from './merchant.model';
export * from './session.model';
export * from './staff-advance.model';
export * from './user.model';

export function registerModels(conn: Connection) {
  return {
    merchants: merchantModel(conn),
    branches: branchModel(conn),
    users: userModel(conn),
    identifiers: identifierModel(conn),
    sessions: sessionModel(conn),
    refreshTokens: refreshTokenModel(conn),
    refreshTokenUses: refreshTokenUseModel(conn),
    revokedTokens: revokedTokenModel(conn),
    loginAttempts: loginAttemptModel(conn),
    loginSuccesses: loginSuccessModel(conn),
    staffAdvances: staffAdvanceEntryModel(conn),
  };
}
export type UsersModels = ReturnType<typeof registerModels>;

export type { BranchDoc as BranchMapper } from './branch.model';
export type { MerchantDoc as MerchantMapper } from './merchant.model';
export type { StaffAdvanceEntryDoc as StaffAdvanceEntryMapper } from './staff-advance.model';
export type { UserDoc as UserMapper } from './user.model';
