import type { Logger, SubgraphClient } from '@pos/kit';
import { NameDirectory, type NamedId, type NameRequests } from '../exports/names';
import type { MerchantProfileRow, ReportsModels } from '../models';
import { upsertAll } from '../projections/upsert';

/**
 * Names come from `_entities`, i.e. the owning subgraph's tenant-checked reference resolvers: the
 * same answer, under the same checks, as the `branch { name }` fields of report rows. The public
 * list queries would need scopes a reports reader may lack (`staff:read`, `couriers:manage`) and
 * would fetch everything; these ask for exactly the ids of one report.
 */
const USERS_QUERY = `query ReportsMerchantDirectory($refs: [_Any!]!) {
  merchant { id name address taxNumber receiptFooter logoUrl timeZone branches { id name } }
  _entities(representations: $refs) { ... on User { id name } ... on Branch { id name } }
}`;
const CATEGORIES_QUERY = `query ReportsCategoryNames($refs: [_Any!]!) {
  _entities(representations: $refs) { ... on Category { id name } }
}`;
const CUSTOMERS_QUERY = `query ReportsCustomerNames($refs: [_Any!]!) {
  _entities(representations: $refs) { ... on Customer { id name } }
}`;
const COURIERS_QUERY = `query ReportsCourierAccounts($refs: [_Any!]!) {
  _entities(representations: $refs) { ... on Courier { id user { id } } }
}`;

type Ref = { __typename: string; id: string };
type Named = { id: string; name: string } | null;
type MerchantAnswer = {
  merchant: (Omit<MerchantProfileRow, '_id' | 'merchantId'> & { id: string }) | null;
  _entities: Named[];
};

export interface DirectoryClients {
  users: SubgraphClient;
  products: SubgraphClient;
  couriers: SubgraphClient;
  /** Customer names need the reader's `customers:read`; without it kasbon files print ids. */
  customers: SubgraphClient;
}

export interface DirectoryCall {
  merchantId: string;
  token: string | null;
  requestId: string;
  logger: Logger;
}

/**
 * Downloads come later, with no viewer or token to ask other subgraphs with, so what a file prints
 * from them is fetched while its link is made, with the viewer's token, and stored: the merchant's
 * letterhead (users) and the names of the branches, staff, categories and couriers the report
 * shows. One call per subgraph and only to the subgraphs a report needs. Best effort: a subgraph
 * that fails leaves what was stored before, and a name never stored prints as its id.
 */
export class DirectoryService {
  constructor(
    private readonly models: ReportsModels,
    private readonly clients: DirectoryClients,
    private readonly call: DirectoryCall,
  ) {}

  async refresh(wanted: NameRequests | null): Promise<void> {
    try {
      await this.fetchAndStore(wanted);
    } catch (err) {
      // A failed write (say two links racing for the same rows) must not cost the link either.
      this.call.logger.warn({ err }, 'export directory not stored');
    }
  }

  private async fetchAndStore(wanted: NameRequests | null): Promise<void> {
    const [categories, customers, couriers] = await Promise.all([
      this.entities(this.clients.products, CATEGORIES_QUERY, 'Category', wanted?.ids('CATEGORY') ?? []),
      this.entities(this.clients.customers, CUSTOMERS_QUERY, 'Customer', wanted?.ids('CUSTOMER') ?? []),
      this.entities<{ id: string; user: { id: string } }>(
        this.clients.couriers,
        COURIERS_QUERY,
        'Courier',
        wanted?.ids('COURIER') ?? [],
      ),
    ]);
    const accounts = new Map(couriers.map((c) => [c.id, c.user.id]));
    const refs: Ref[] = [
      ...(wanted?.ids('BRANCH') ?? []).map((id) => ({ __typename: 'Branch', id })),
      ...[...new Set([...(wanted?.ids('USER') ?? []), ...accounts.values()])].map((id) => ({
        __typename: 'User',
        id,
      })),
    ];
    const people = await this.merchantAndNames(refs);
    const userNames = new Map(people.filter((p) => p.kind === 'USER').map((p) => [p.id, p.name]));
    const courierNames = [...accounts].flatMap(([id, userId]) => {
      const name = userNames.get(userId);
      return name ? [{ kind: 'COURIER' as const, id, name }] : [];
    });
    const named: NamedId[] = [
      ...categories.map((c) => ({ kind: 'CATEGORY' as const, id: c.id, name: c.name })),
      ...customers.map((c) => ({ kind: 'CUSTOMER' as const, id: c.id, name: c.name })),
      ...people,
      ...courierNames,
    ];
    await NameDirectory.store(this.models, this.call.merchantId, named);
  }

  /** The letterhead and the branch and staff names, in one call to users. */
  private async merchantAndNames(refs: Ref[]): Promise<NamedId[]> {
    const answer = await this.ask<MerchantAnswer>(this.clients.users, USERS_QUERY, refs);
    const merchant = answer?.merchant;
    if (!answer || !merchant || merchant.id !== this.call.merchantId) return [];
    const { id, ...rest } = merchant;
    await upsertAll(this.models.merchants, [{ _id: id, merchantId: id, ...rest }]);
    return zip(refs, answer._entities).map(([ref, found]) => ({
      kind: ref.__typename === 'Branch' ? ('BRANCH' as const) : ('USER' as const),
      id: ref.id,
      name: found.name,
    }));
  }

  /** The entities of one type found among `ids`; none (and no call) without ids. */
  private async entities<T extends { id: string } = { id: string; name: string }>(
    client: SubgraphClient,
    query: string,
    typename: string,
    ids: string[],
  ): Promise<T[]> {
    if (ids.length === 0) return [];
    const refs = ids.map((id) => ({ __typename: typename, id }));
    const answer = await this.ask<{ _entities: (T | null)[] }>(client, query, refs);
    return answer ? zip(refs, answer._entities).map(([, found]) => found) : [];
  }

  private async ask<T>(client: SubgraphClient, query: string, refs: Ref[]): Promise<T | null> {
    try {
      return await client.request<T>(
        query,
        { refs },
        { token: this.call.token, requestId: this.call.requestId },
      );
    } catch (err) {
      this.call.logger.warn({ err, subgraph: client.name }, 'export directory not refreshed');
      return null;
    }
  }
}

/**
 * `_entities` answers in the order it was asked, null for what the merchant does not have. Pairs
 * each found entity with its reference, and keeps only those whose id is the one asked for.
 */
function zip<T extends { id: string }>(refs: readonly Ref[], found: readonly (T | null)[]): [Ref, T][] {
  return refs.flatMap((ref, i) => {
    const entity = found[i];
    return entity && entity.id === ref.id ? [[ref, entity] as [Ref, T]] : [];
  });
}
