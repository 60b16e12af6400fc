/** Every staff member of the merchant (a shop has tens, not thousands), page by page, with the scopes there are. */
import { AdminStaffDocument, type AdminStaffQuery } from '../../__generated__/operations';
import type { Api } from '../../api/client';
import type { Outcome } from '../../api/results';

export type StaffMember = AdminStaffQuery['staff']['nodes'][number];
export type ScopeInfo = AdminStaffQuery['availableScopes'][number];

export async function allStaff(api: Api): Promise<Outcome<{ staff: StaffMember[]; scopes: ScopeInfo[] }>> {
  const staff: StaffMember[] = [];
  let after: string | null = null;
  for (;;) {
    const r: Outcome<AdminStaffQuery> = await api.query(AdminStaffDocument, { first: 100, after });
    if (!r.ok) return r;
    staff.push(...r.value.staff.nodes);
    if (!r.value.staff.hasNextPage || !r.value.staff.endCursor) {
      return { ok: true, value: { staff, scopes: r.value.availableScopes } };
    }
    after = r.value.staff.endCursor;
  }
}
