import { forbidden, type Logger, SubgraphCallError, type SubgraphClient, serviceUnavailable } from '@pos/kit';
import { type AgingBucket, bucketOf, daysPast } from './aging';

const STAFF_ADVANCES = /* GraphQL */ `
  query ReportsStaffAdvances($asOf: Date) {
    staffAdvanceBalances(asOf: $asOf) { user { id } balance overdue nextDueDate }
  }
`;

interface StaffAdvanceBalance {
  user: { id: string };
  balance: number | string;
  overdue: number | string;
  nextDueDate: string | null;
}

export interface StaffKasbonRow {
  userId: string;
  balance: number;
  overdue: number;
  dueDate: string | null;
  daysOverdue: number;
  bucket: AgingBucket;
}

/**
 * Staff cash advances (employee kasbon) aged like customer credit. The ledger is the users
 * subgraph's; it is asked with the reader's token, so its `advances:read` rule applies unchanged.
 */
export class StaffKasbonService {
  constructor(
    private readonly users: SubgraphClient,
    private readonly call: { logger: Logger; token: string | null; requestId: string },
  ) {}

  async rows(asOf: string): Promise<StaffKasbonRow[]> {
    let balances: StaffAdvanceBalance[];
    try {
      ({ staffAdvanceBalances: balances } = await this.users.request<{
        staffAdvanceBalances: StaffAdvanceBalance[];
      }>(STAFF_ADVANCES, { asOf }, { token: this.call.token, requestId: this.call.requestId }));
    } catch (err) {
      if (err instanceof SubgraphCallError && err.codes.includes('FORBIDDEN'))
        throw forbidden('Staff advances need the advances:read permission');
      this.call.logger.warn({ err }, 'staff kasbon: users did not answer');
      throw serviceUnavailable('Staff advances cannot be read right now; try again in a moment');
    }
    return balances
      .filter((b) => Number(b.balance) > 0)
      .map((b) => {
        // Repayments settle the oldest advances first: the oldest unpaid one's due date ages the debt.
        const daysOverdue = Number(b.overdue) > 0 && b.nextDueDate ? daysPast(b.nextDueDate, asOf) : 0;
        return {
          userId: b.user.id,
          balance: Number(b.balance),
          overdue: Number(b.overdue),
          dueDate: b.nextDueDate,
          daysOverdue,
          bucket: bucketOf(daysOverdue),
        };
      })
      .sort(
        (a, b) => b.daysOverdue - a.daysOverdue || b.balance - a.balance || a.userId.localeCompare(b.userId),
      );
  }
}
