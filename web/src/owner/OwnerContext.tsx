/**
 * What every owner screen shares: the merchant (currency, time zone), the branches the viewer
 * works in, the branch being looked at ('' for all of them) and the viewer's effective scopes.
 */
import { createContext, useContext } from 'react';
import type { OwnerContextQuery } from '../__generated__/operations';
import { formatMoney } from '../lib/money';
import { businessDate } from './dates';

type Me = NonNullable<OwnerContextQuery['me']>;
export type OwnerMerchant = Me['merchant'];
export type OwnerBranch = OwnerMerchant['branches'][number];

export interface OwnerState {
  me: Me;
  merchant: OwnerMerchant;
  /** Active branches the viewer works in. */
  branches: OwnerBranch[];
  /** The branch looked at, or '' for every branch. */
  branchId: string;
  setBranchId(id: string): void;
  can(scope: string): boolean;
  /** Today's business date in the merchant's time zone. */
  today(): string;
  money(minor: string | null | undefined): string;
}

export const OwnerContext = createContext<OwnerState | null>(null);

export function useOwner(): OwnerState {
  const owner = useContext(OwnerContext);
  if (!owner) throw new Error('useOwner outside the owner frame');
  return owner;
}

export function ownerState(
  me: Me,
  scopes: readonly string[],
  branchId: string,
  setBranchId: (id: string) => void,
): OwnerState {
  const merchant = me.merchant;
  const mine = new Set(me.branches.map((b) => b.id));
  const branches = merchant.branches.filter((b) => b.active && (me.allBranches || mine.has(b.id)));
  return {
    me,
    merchant,
    branches,
    branchId: branches.some((b) => b.id === branchId) ? branchId : '',
    setBranchId,
    can: (scope) => scopes.includes(scope),
    today: () => businessDate(merchant.timeZone),
    money: (minor) =>
      minor == null ? '–' : formatMoney(minor, merchant.currency, merchant.currencyExponent),
  };
}
