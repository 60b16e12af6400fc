/** Every list argument and report range of reports is bounded, with a clear BAD_USER_INPUT. */
import { randomBytes } from 'node:crypto';
import { ALL_SCOPES } from '@pos/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes, expectNoErrors, type Supergraph } from '../../../gateway/test/harness';
import { startReportsSupergraph, tokenFor } from './support';

let sg: Supergraph;
let owner: string;
beforeAll(async () => {
  sg = await startReportsSupergraph();
  owner = await tokenFor(sg, randomBytes(12).toString('hex'), [...ALL_SCOPES]);
});
afterAll(() => sg?.close());

const ask = (query: string, variables: Record<string, unknown>) =>
  sg.request(query, variables, { token: owner });
const YEAR = { from: '2026-01-01', to: '2026-12-31' };

describe('report arguments', () => {
  it('refuses page sizes and offsets outside their documented bounds', async () => {
    const top = 'query ($f: ReportFilter!, $l: Int) { topProducts(filter: $f, limit: $l) { productId } }';
    const profit =
      'query ($f: ReportFilter!, $l: Int, $o: Int) { profitByOrder(filter: $f, limit: $l, offset: $o) { orderId } }';
    for (const l of [0, 201, 1_000_000])
      expect(errorCodes((await ask(top, { f: YEAR, l })).body), `limit ${l}`).toEqual(['BAD_USER_INPUT']);
    for (const [l, o] of [
      [50, -5],
      [50, 10_001],
      [0, 0],
    ])
      expect(errorCodes((await ask(profit, { f: YEAR, l, o })).body), `${l} ${o}`).toEqual([
        'BAD_USER_INPUT',
      ]);
    expectNoErrors((await ask(top, { f: YEAR, l: 200 })).body);
    expectNoErrors((await ask(profit, { f: YEAR, l: 200, o: 10_000 })).body);
  });

  it('limits a sales series per grouping: DAY 366 days, MONTH 5 years, YEAR 10 years', async () => {
    const summary =
      'query ($f: ReportFilter!, $g: Period) { salesSummary(filter: $f, groupBy: $g) { totals { net } } }';
    const cases: [string, string, string, boolean][] = [
      ['DAY', '2024-01-01', '2024-12-31', true],
      ['DAY', '2025-01-01', '2026-01-01', true],
      ['DAY', '2025-01-01', '2026-01-02', false],
      ['MONTH', '2021-01-01', '2025-12-31', true],
      ['MONTH', '2021-01-01', '2026-01-01', false],
      ['YEAR', '2016-01-01', '2025-12-31', true],
      ['YEAR', '2016-01-01', '2026-01-01', false],
    ];
    for (const [g, from, to, ok] of cases) {
      const res = await ask(summary, { f: { from, to }, g });
      expect(errorCodes(res.body), `${g} ${from}..${to}`).toEqual(ok ? [] : ['BAD_USER_INPUT']);
    }
    // Three years and a day is refused for every other report.
    const cat = 'query ($f: ReportFilter!) { salesByCategory(filter: $f) { net } }';
    expect(errorCodes((await ask(cat, { f: { from: '2023-01-01', to: '2025-12-31' } })).body)).toEqual([]);
    expect(errorCodes((await ask(cat, { f: { from: '2023-01-01', to: '2026-01-01' } })).body)).toEqual([
      'BAD_USER_INPUT',
    ]);
  });

  it('refuses blank ids and oversized names', async () => {
    const byBranch = 'query ($f: ReportFilter!) { salesByCategory(filter: $f) { net } }';
    expect(errorCodes((await ask(byBranch, { f: { ...YEAR, branchId: '' } })).body)).toEqual([
      'BAD_USER_INPUT',
    ]);
    const create = 'mutation ($n: String!) { createExpenseCategory(name: $n) { __typename } }';
    expect(errorCodes((await ask(create, { n: 'x'.repeat(100_000) })).body)).toEqual(['BAD_USER_INPUT']);
  });
});
