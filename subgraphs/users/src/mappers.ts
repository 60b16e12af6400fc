export type { BranchMapper, MerchantMapper, StaffAdvanceEntryMapper, UserMapper } from './models';
export type { StaffAdvanceBalanceMapper } from './services/advance.service';
export type { AuthPayloadMapper, PasswordChangedMapper } from './services/auth.service';
export type { PermissionsMapper } from './services/permission-check';
