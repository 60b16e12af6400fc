/**
 * A shop seeded through the gateway for the low-stock report, with the expected rows worked out
 * by hand. Branches Pusat (P) and Dago (D); categories Minuman > Kopi, and Makanan.
 * Received stock / threshold; short = threshold - stock, low while stock < threshold:
 *
 *   sku     category  unit   P                  D
 *   TEH-1   Minuman   pcs    20 / 10  ok         2 / 8   short 6
 *   GULA-1  Makanan   kg      1 / 4   short 3    5 / 5   ok (at the threshold)
 *   BRS-1   Makanan   pcs     0 / 2   short 2    1 / -   no threshold
 *   KOPI-1  Kopi      pcs     3 / 5   short 2   10 / 12  short 2
 *   MIE-1   -         pcs     6 / 5   ok (a sale of 2 makes it 4: short 1)
 *
 * Most short first, then SKU, then branch id: TEH-1 D, GULA-1 P, BRS-1 P, KOPI-1 (P, D by id).
 */
import { expect } from 'vitest';
import type { LowStockNowQuery } from '../../../gateway/test/__generated__/operations';
import { expectNoErrors, type Supergraph } from '../../../gateway/test/harness';
import { CREATE_PRODUCT } from '../../orders/test/helpers';
import { registerMerchant } from '../../users/test/helpers';

export type LowStockRow = LowStockNowQuery['lowStockNow'][number];

const PRODUCTS = [
  { sku: 'TEH-1', name: 'Teh Botol', category: 'drinks', unit: 'pcs' },
  { sku: 'GULA-1', name: 'Gula Pasir', category: 'food', unit: 'kg' },
  { sku: 'BRS-1', name: 'Beras Pandan', category: 'food', unit: 'pcs' },
  { sku: 'KOPI-1', name: 'Kopi Bubuk', category: 'coffee', unit: 'pcs' },
  { sku: 'MIE-1', name: 'Mie Goreng', category: null, unit: 'pcs' },
] as const;
type Sku = (typeof PRODUCTS)[number]['sku'];

export async function seedLowStockShop(sg: Supergraph) {
  const reg = await registerMerchant(sg, { merchantName: 'Toko Makmur' });
  const owner = reg.session.accessToken;
  const ok = async <T>(query: string, variables: Record<string, unknown> = {}) =>
    expectNoErrors((await sg.request<T>(query, variables, { token: owner })).body);
  const P = reg.branchId;
  // Before anything in products asks users about this merchant's branches (it caches them briefly).
  const D = (
    await ok<{ createBranch: { id: string } }>(
      'mutation { createBranch(input: { name: "Dago", code: "DGO" }) { ... on Branch { id } } }',
    )
  ).createBranch.id;

  const category = async (name: string, parentId?: string) =>
    (
      await ok<{ createCategory: { id: string } }>(
        'mutation($i: CreateCategoryInput!) { createCategory(input: $i) { ... on Category { id } } }',
        { i: { name, ...(parentId ? { parentId } : {}) } },
      )
    ).createCategory.id;
  const drinks = await category('Minuman');
  const categories = { drinks, coffee: await category('Kopi', drinks), food: await category('Makanan') };

  const ids = {} as Record<Sku, string>;
  const barcodes = {} as Record<Sku, string>;
  for (const [i, p] of PRODUCTS.entries()) {
    barcodes[p.sku] = `8990000${String(Date.now() % 1e5).padStart(5, '0')}${i}`;
    const { createProduct } = await ok<{ createProduct: { __typename: string; id: string } }>(
      CREATE_PRODUCT,
      {
        input: {
          sku: p.sku,
          name: p.name,
          taxable: false,
          ...(p.category ? { categoryId: categories[p.category] } : {}),
          baseUnit: { name: p.unit, price: '10000', barcode: barcodes[p.sku] },
        },
      },
    );
    expect(createProduct.__typename).toBe('Product');
    ids[p.sku] = createProduct.id;
  }

  const stock: [string, Sku, number, number | null][] = [
    [P, 'TEH-1', 20, 10],
    [D, 'TEH-1', 2, 8],
    [P, 'GULA-1', 1, 4],
    [D, 'GULA-1', 5, 5],
    // KOPI-1 before BRS-1: the SKU tie-break, not the order of entry, must put BRS-1 first.
    [D, 'KOPI-1', 10, 12],
    [P, 'KOPI-1', 3, 5],
    [P, 'BRS-1', 0, 2],
    [D, 'BRS-1', 1, null],
    [P, 'MIE-1', 6, 5],
  ];
  for (const [branchId, sku, quantity, threshold] of stock) {
    const productId = ids[sku];
    if (quantity > 0)
      await ok('mutation($i: ReceiveStockInput!) { receiveStock(input: $i) { __typename } }', {
        i: { branchId, lines: [{ productId, quantity }] },
      });
    if (threshold !== null)
      await ok(
        'mutation($i: SetLowStockThresholdInput!) { setLowStockThreshold(input: $i) { ... on StockLevel { low } } }',
        {
          i: { productId, branchId, threshold },
        },
      );
  }

  const row = (sku: Sku, branchId: string, balance: number, threshold: number): LowStockRow => {
    const p = PRODUCTS.find((x) => x.sku === sku) as (typeof PRODUCTS)[number];
    return {
      productId: ids[sku],
      sku,
      name: p.name,
      categoryId: p.category ? categories[p.category] : null,
      branchId,
      baseUnit: p.unit,
      balance,
      threshold,
      shortBy: threshold - balance,
    };
  };
  // The two KOPI-1 rows tie on short and SKU: the branch id decides.
  const kopi = [row('KOPI-1', P, 3, 5), row('KOPI-1', D, 10, 12)].sort((a, b) =>
    a.branchId < b.branchId ? -1 : 1,
  );
  const rows = {
    tehD: row('TEH-1', D, 2, 8),
    gulaP: row('GULA-1', P, 1, 4),
    brsP: row('BRS-1', P, 0, 2),
    kopiP: row('KOPI-1', P, 3, 5),
    kopiD: row('KOPI-1', D, 10, 12),
    /** After the sale of 2. */
    mieP: row('MIE-1', P, 4, 5),
  };
  return {
    owner,
    merchantSlug: reg.merchant.slug,
    P,
    D,
    categories,
    barcodes,
    rows,
    kopi,
    /** Every low row before the sale, in report order. */
    all: [rows.tehD, rows.gulaP, rows.brsP, ...kopi],
  };
}
