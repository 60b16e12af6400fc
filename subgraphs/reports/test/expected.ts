/**
 * What the hand-computed data set (`seedEvents` in fixtures.ts) adds up to over RANGE, for every
 * test that feeds it to the reports subgraph, whatever the bus. Worked out by hand: 1-3 March
 * holds O1-O4 and O6 (O5 is voided), with R1 returning one Nasi Goreng of O4 on O4's date;
 * the comparison period (26-28 February) holds O0.
 */
import { C1, C2 } from './fixtures';

export const RANGE = { from: '2026-03-01', to: '2026-03-03' };

export const FIGURES = 'period gross discounts returns net tax cost grossProfit orders averageBasket';

/** The selection SALES_SUMMARY answers. */
export const SALES_SUMMARY_FIELDS = `totals { ${FIGURES} } previous { net orders } netChangePercent series { ${FIGURES} }`;

export const SALES_SUMMARY = {
  totals: {
    period: '',
    gross: '150000',
    discounts: '6000',
    returns: '25000',
    net: '119000',
    tax: '1650',
    cost: '49500',
    grossProfit: '69500',
    orders: 5,
    averageBasket: '23800',
  },
  previous: { net: '25000', orders: 1 },
  netChangePercent: 376,
  series: [
    {
      period: '2026-03-01',
      gross: '65000',
      discounts: '6000',
      returns: '0',
      net: '59000',
      tax: '0',
      cost: '26500',
      grossProfit: '32500',
      orders: 2,
      averageBasket: '29500',
    },
    {
      period: '2026-03-02',
      gross: '65000',
      discounts: '0',
      returns: '25000',
      net: '40000',
      tax: '1650',
      cost: '18000',
      grossProfit: '22000',
      orders: 2,
      averageBasket: '20000',
    },
    {
      period: '2026-03-03',
      gross: '20000',
      discounts: '0',
      returns: '0',
      net: '20000',
      tax: '0',
      cost: '5000',
      grossProfit: '15000',
      orders: 1,
      averageBasket: '20000',
    },
  ],
};

/** Selection: `method amount payments`. */
export const SALES_BY_PAYMENT_METHOD = [
  { method: 'CASH', amount: '55000', payments: 2 },
  { method: 'CARD', amount: '20000', payments: 1 },
  { method: 'CUSTOMER_CREDIT', amount: '20000', payments: 1 },
  { method: 'EWALLET', amount: '16650', payments: 1 },
  { method: 'QRIS', amount: '9000', payments: 1 },
].sort((a, b) => Number(b.amount) - Number(a.amount));

/** Selection: `cashierId orders net averageBasket`. */
export const SALES_BY_CASHIER = [
  { cashierId: C1, orders: 2, net: '75000', averageBasket: '37500' },
  { cashierId: C2, orders: 3, net: '44000', averageBasket: '14667' },
];
