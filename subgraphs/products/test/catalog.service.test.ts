import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeKey } from '../src/models';
import { CASHIER_SCOPES, type Harness, hex, merchant, product, startProducts, viewerOf } from './helpers';

let h: Harness;
beforeAll(async () => {
  h = await startProducts('catalog');
});
afterAll(() => h?.close());

describe('products and codes', () => {
  it('keeps SKUs and barcodes unique per merchant, and frees codes a product gives up', async () => {
    const m = await merchant(h);
    const a = await product(m.ctx, {
      sku: 'KOPI-01',
      baseUnit: { price: 5000, barcode: '8991001' },
      units: [{ name: 'Box', factor: 12, price: 55_000, barcode: '8991012' }],
    });
    expect(a.units.map((u) => [u.name, u.factor, u.barcode])).toEqual([
      ['pcs', 1, '8991001'],
      ['box', 12, '8991012'],
    ]);
    expect(await m.ctx.catalog().create({ sku: 'kopi-01', name: 'X', baseUnit: { price: 1 } })).toMatchObject(
      { __typename: 'SkuTaken', code: 'SKU_TAKEN' },
    );
    expect(
      await m.ctx
        .catalog()
        .create({ sku: 'TEH-01', name: 'Teh', baseUnit: { price: 1, barcode: '8991012' } }),
    ).toMatchObject({
      __typename: 'BarcodeTaken',
      code: 'BARCODE_TAKEN',
      barcode: '8991012',
    });
    // The failed create left no claim on its SKU behind.
    await product(m.ctx, { sku: 'TEH-01' });
    await expect(
      m.ctx.catalog().create({
        sku: 'X-1',
        name: 'X',
        baseUnit: { price: 1, barcode: 'ABC1' },
        units: [{ name: 'box', factor: 2, price: 2, barcode: 'abc1' }],
      }),
    ).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
    });

    // Another merchant may use the same codes.
    const other = await merchant(h);
    await product(other.ctx, { sku: 'KOPI-01', baseUnit: { price: 5000, barcode: '8991001' } });

    const moved = await m.ctx
      .catalog()
      .update(a._id, { units: [{ name: 'box', factor: 12, price: 55_000, barcode: '8991099' }] });
    expect(moved.__typename).toBe('Product');
    expect((await m.ctx.products().byBarcode('8991099', false))?.unit.name).toBe('box');
    expect(await m.ctx.products().byBarcode('8991012', false)).toBeNull();
    await product(m.ctx, { baseUnit: { price: 1, barcode: '8991012' } });

    // A claim left by a crash (no product behind it) does not block the code for ever.
    await h.products.models.codeClaims.create({
      _id: codeKey(m.merchantId, 'barcode', 'STALE-1'),
      merchantId: m.merchantId,
      kind: 'barcode',
      productId: hex(),
    });
    await product(m.ctx, { baseUnit: { price: 1, barcode: 'stale-1' } });
  });

  it('finds products by SKU, barcode and name words, pages by name and hides archived ones', async () => {
    const m = await merchant(h);
    const drinks = await m.ctx.categories().create({ name: 'Minuman' });
    const coffee = await m.ctx.categories().create({ name: 'Kopi', parentId: drinks._id });
    const names = ['Kopi Susu Gula Aren', 'Kopi Tubruk', 'Es Teh Manis', 'Susu Kedelai', 'Kopi Susu Pandan'];
    const made = [];
    for (const [i, name] of names.entries()) {
      made.push(
        await product(m.ctx, {
          name,
          sku: `MNM-${i}`,
          categoryId: i < 2 || i === 4 ? coffee._id : drinks._id,
          baseUnit: { price: 1000 + i, barcode: `BC${i}00` },
        }),
      );
    }
    expect((await m.ctx.products().bySku('mnm-3', false))?.name).toBe('Susu Kedelai');
    expect((await m.ctx.products().byBarcode('bc200', false))?.product.name).toBe('Es Teh Manis');
    const search = async (s: string) =>
      (await m.ctx.products().list({ search: s }, 50, null)).nodes.map((p) => p.name);
    expect(await search('kop sus')).toEqual(['Kopi Susu Gula Aren', 'Kopi Susu Pandan']);
    expect(await search('SUSU')).toEqual(['Kopi Susu Gula Aren', 'Kopi Susu Pandan', 'Susu Kedelai']);
    expect(await search('mnm-2')).toEqual(['Es Teh Manis']);
    const inCoffee = await m.ctx.products().list({ categoryId: drinks._id }, 50, null);
    expect(inCoffee.totalCount).toBe(5);
    expect(
      (await m.ctx.products().list({ categoryId: drinks._id, includeSubcategories: false }, 50, null))
        .totalCount,
    ).toBe(2);

    const page1 = await m.ctx.products().list({}, 2, null);
    const page2 = await m.ctx.products().list({}, 2, page1.endCursor);
    const page3 = await m.ctx.products().list({}, 2, page2.endCursor);
    expect([...page1.nodes, ...page2.nodes, ...page3.nodes].map((p) => p.name)).toEqual(
      [...names].sort((x, y) => x.toLowerCase().localeCompare(y.toLowerCase())),
    );
    expect([page1.hasNextPage, page2.hasNextPage, page3.hasNextPage]).toEqual([true, true, false]);

    await m.ctx.catalog().setStatus(made[1]!._id, 'ARCHIVED');
    expect(await search('tubruk')).toEqual([]);
    expect(
      (await m.ctx.products().list({ search: 'tubruk', includeArchived: true }, 10, null)).nodes,
    ).toHaveLength(1);
    expect(await m.ctx.products().byBarcode('BC100', false)).toBeNull();
    expect(await m.ctx.products().byBarcode('BC100', true)).not.toBeNull();
    // By id an archived product still resolves: old orders show it.
    expect((await m.ctx.products().byId(made[1]!._id))?.status).toBe('ARCHIVED');
  });

  it('nests categories, refuses cycles and deleting a category in use', async () => {
    const m = await merchant(h);
    const a = await m.ctx.categories().create({ name: 'Makanan' });
    const b = await m.ctx.categories().create({ name: 'Mie', parentId: a._id });
    const c = await m.ctx.categories().create({ name: 'Instan', parentId: b._id });
    expect(await m.ctx.categories().path(c)).toEqual(['Makanan', 'Mie', 'Instan']);
    expect(await m.ctx.categories().update(a._id, { parentId: c._id })).toMatchObject({
      __typename: 'InvalidCategoryMove',
      code: 'INVALID_CATEGORY_MOVE',
    });
    expect((await m.ctx.categories().delete(a._id)).__typename).toBe('CategoryNotEmpty');
    await product(m.ctx, { categoryId: c._id });
    expect((await m.ctx.categories().delete(c._id)).__typename).toBe('CategoryNotEmpty');
    const empty = await m.ctx.categories().create({ name: 'Kosong', position: 0 });
    expect((await m.ctx.categories().children(null)).map((x) => x.name)).toEqual(['Kosong', 'Makanan']);
    expect(await m.ctx.categories().delete(empty._id)).toEqual({
      __typename: 'CategoryDeleted',
      id: empty._id,
    });
  });

  it('needs prices:write to change a price and cost:read to set a cost', async () => {
    const m = await merchant(h);
    const p = await product(m.ctx);
    const catalogOnly = await h.products.contextFor(viewerOf(m.merchantId, ['catalog:write']));
    expect((await catalogOnly.catalog().update(p._id, { name: 'Nama Baru' })).__typename).toBe('Product');
    await expect(catalogOnly.catalog().update(p._id, { baseUnit: { price: 1 } })).rejects.toMatchObject({
      extensions: { code: 'FORBIDDEN' },
    });
    await expect(catalogOnly.catalog().update(p._id, { costPrice: 1 })).rejects.toMatchObject({
      extensions: { code: 'FORBIDDEN' },
    });
  });
});

describe('CSV', () => {
  it('imports good rows, reports bad ones by line and column, and exports what it imports', async () => {
    const m = await merchant(h);
    await product(m.ctx, { sku: 'OLD-1', name: 'Lama', baseUnit: { price: 100, barcode: 'TAKEN-1' } });
    const csv = [
      'sku,name,category,price,barcode,units,cost_price,status,taxable',
      'IND-1,Indomie Goreng,Makanan > Mie,3500,8990001,dus:40:130000:8990040,2900,ACTIVE,yes',
      'IND-2,Indomie Soto,Makanan > Mie,abc,,,,,',
      'IND-3,Sabun Mandi,,4000,TAKEN-1,,,,',
      'IND-1,Duplikat,,1,,,,,',
      'IND-4,Teh Botol,Minuman,5000,,krat:24:x:,,,',
      'OLD-1,Lama Diperbarui,,150,,,,INACTIVE,no',
      'IND-5,Kopi,,2000,,,,DIHAPUS,',
      '"IND-6","Kecap ""Manis""",Makanan,9000,,,,,',
    ].join('\n');
    const report = await m.ctx.csvImport().importCsv(csv);
    expect(report).toMatchObject({ rows: 8, created: 2, updated: 1, failed: 5 });
    expect(report.errors.map((e) => [e.line, e.sku, e.column, e.code])).toEqual([
      [3, 'IND-2', 'price', 'INVALID_VALUE'],
      [4, 'IND-3', 'barcode', 'BARCODE_TAKEN'],
      [5, 'IND-1', 'sku', 'DUPLICATE_SKU_IN_FILE'],
      [6, 'IND-4', 'units', 'INVALID_VALUE'],
      [8, 'IND-5', 'status', 'INVALID_VALUE'],
    ]);
    const mie = await m.ctx.products().bySku('IND-1', false);
    expect(mie).toMatchObject({
      name: 'Indomie Goreng',
      costPrice: 2900,
      units: [{ price: 3500 }, { name: 'dus', factor: 40, barcode: '8990040' }],
    });
    expect(await m.ctx.categories().path((await m.ctx.categories().get(mie!.categoryId!))!)).toEqual([
      'Makanan',
      'Mie',
    ]);
    expect(await m.ctx.products().bySku('OLD-1', false)).toMatchObject({
      name: 'Lama Diperbarui',
      status: 'INACTIVE',
      taxable: false,
    });
    expect((await m.ctx.products().bySku('IND-6', false))?.name).toBe('Kecap "Manis"');

    const exported = await m.ctx.csvExport().exportCsv({});
    const lines = exported.trim().split('\n');
    expect(lines[0]).toBe(
      'sku,name,description,category,status,taxable,cost_price,allow_negative_stock,image_url,base_unit,price,barcode,units',
    );
    expect(lines).toContain(
      'IND-1,Indomie Goreng,,Makanan > Mie,ACTIVE,true,2900,false,,pcs,3500,8990001,dus:40:130000:8990040',
    );
    // Re-importing the export changes nothing and fails nothing.
    expect(await m.ctx.csvImport().importCsv(exported)).toMatchObject({
      rows: 3,
      created: 0,
      updated: 3,
      failed: 0,
    });

    const cashier = await h.products.contextFor(viewerOf(m.merchantId, CASHIER_SCOPES));
    expect((await cashier.csvExport().exportCsv({})).split('\n')[0]).not.toContain('cost_price');
    await expect(m.ctx.csvImport().importCsv('sku,name\nA,B')).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });
});
