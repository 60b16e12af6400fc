/** The receipt of a sale: what the server recorded, with print, ESC/POS and share. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrderFieldsFragment } from '../__generated__/operations';
import type { Failure } from '../api/results';
import { useServices } from '../app/services';
import { Button, ErrorNote, Money } from '../app/ui';
import { useTill } from '../till/TillProvider';
import { printPdf, type ReceiptLayout, receiptLink, shareLink } from './print';
import { availablePrinterLinks, type PrinterLink } from './printers';

export function ReceiptView({ order }: { order: OrderFieldsFragment }) {
  const { t } = useTranslation();
  const { api } = useServices();
  const { device } = useTill();
  const [error, setError] = useState<Failure | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const withLink = async (layout: ReceiptLayout, use: (url: string) => Promise<void>) => {
    setBusy(true);
    setError(null);
    setNote(null);
    try {
      const link = await receiptLink(api, order.id, layout);
      if (!link.ok) return setError(link.error);
      await use(link.value);
    } catch (err) {
      setError({ code: 'PRINT_FAILED', message: err instanceof Error ? err.message : String(err) });
    } finally {
      setBusy(false);
    }
  };

  const escpos = async (link: PrinterLink) => {
    setError(null);
    try {
      // The encoder and printer drivers load only when a thermal printer is used.
      const { encodeReceipt, printEscPos } = await import('./escpos');
      const data = encodeReceipt(
        order,
        { name: device?.merchantName ?? '', branch: device?.branchName ?? '' },
        { total: t('receipt.total'), paid: t('receipt.paid'), change: t('receipt.change') },
      );
      await printEscPos(link, data);
      setNote(t('receipt.printed'));
    } catch (err) {
      setError({ code: 'PRINT_FAILED', message: err instanceof Error ? err.message : String(err) });
    }
  };

  return (
    <div className="flex flex-col gap-3" data-testid="receipt">
      <div className="rounded-lg bg-slate-50 p-3 font-mono text-sm">
        <p className="text-center font-semibold" data-testid="order-number">
          {order.number}
        </p>
        <ul className="my-2">
          {order.lines.map((l) => (
            <li key={l.id} className="flex justify-between gap-2">
              <span className="truncate">
                {l.quantity} {l.unitName} {l.name}
              </span>
              <Money value={l.total} />
            </li>
          ))}
        </ul>
        <p className="flex justify-between border-t border-dashed border-slate-300 pt-1 font-semibold">
          <span>{t('receipt.total')}</span>
          <Money value={order.totals.payable} />
        </p>
        {order.payments.map((p, i) => (
          <p key={`${p.method}-${i}`} className="flex justify-between">
            <span>{t(`methods.${p.method}`)}</span>
            <Money value={p.tendered ?? p.amount} />
          </p>
        ))}
        <p className="flex justify-between text-base font-semibold" data-testid="change">
          <span>{t('receipt.change')}</span>
          <Money value={order.totals.change} />
        </p>
      </div>
      <div className="grid grid-cols-2 gap-2">
        <Button disabled={busy} onClick={() => void withLink('RECEIPT_58MM', printPdf)}>
          {t('receipt.print58')}
        </Button>
        <Button disabled={busy} onClick={() => void withLink('RECEIPT_80MM', printPdf)}>
          {t('receipt.print80')}
        </Button>
        {availablePrinterLinks().map((link) => (
          <Button key={link} onClick={() => void escpos(link)}>
            {t(`receipt.escpos.${link}`)}
          </Button>
        ))}
        <Button
          disabled={busy}
          onClick={() =>
            void withLink('RECEIPT_58MM', async (url) => {
              const how = await shareLink(url, order.number ?? '');
              setNote(how === 'copied' ? t('receipt.copied') : t('receipt.shared'));
            })
          }
        >
          {t('receipt.share')}
        </Button>
      </div>
      {note && <p className="text-sm text-emerald-700">{note}</p>}
      <ErrorNote error={error} />
    </div>
  );
}
