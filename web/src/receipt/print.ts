/**
 * Receipts are the server's documents: `createOrderDocumentLink` signs a short-lived link to the
 * 58 or 80 mm receipt PDF, which the browser prints (or the cashier shares). The reports read
 * model learns of a sale from its event a moment after checkout, so a fresh order may need a
 * few tries.
 */

import { OrderDocumentLinkDocument } from '../__generated__/operations';
import type { Api } from '../api/client';
import { type Outcome, unwrapResult } from '../api/results';

export type ReceiptLayout = 'RECEIPT_58MM' | 'RECEIPT_80MM';

export async function receiptLink(
  api: Api,
  orderId: string,
  layout: ReceiptLayout,
): Promise<Outcome<string>> {
  let last: Outcome<string> = { ok: false, error: { code: 'NOT_FOUND', message: 'Not found' } };
  for (let attempt = 0; attempt < 12; attempt++) {
    const r = await api.mutate(OrderDocumentLinkDocument, { orderId, layout });
    if (r.ok) {
      const link = unwrapResult(r.value.createOrderDocumentLink, 'DownloadLink');
      if (link.ok) return { ok: true, value: new URL(link.value.url, window.location.origin).toString() };
      last = link;
    } else last = r;
    if (last.ok || last.error.code !== 'NOT_FOUND') return last;
    await new Promise((resolve) => setTimeout(resolve, 250 * (attempt + 1)));
  }
  return last;
}

/** Prints a PDF through the browser's own print dialog, from a hidden frame. */
export async function printPdf(url: string): Promise<void> {
  const res = await fetch(url, { cache: 'no-store' });
  if (!res.ok) throw new Error(`receipt download failed (${res.status})`);
  const blob = await res.blob();
  const objectUrl = URL.createObjectURL(blob);
  const frame = document.createElement('iframe');
  frame.style.position = 'fixed';
  frame.style.width = '0';
  frame.style.height = '0';
  frame.style.border = '0';
  frame.dataset.testid = 'receipt-frame';
  frame.src = objectUrl;
  document.body.append(frame);
  await new Promise<void>((resolve) => {
    frame.onload = () => resolve();
  });
  frame.contentWindow?.focus();
  frame.contentWindow?.print();
  // The dialog blocks in most browsers; the frame may go once it is closed.
  setTimeout(() => {
    frame.remove();
    URL.revokeObjectURL(objectUrl);
  }, 60_000);
}

/** The system share sheet where there is one, else the clipboard. */
export async function shareLink(url: string, title: string): Promise<'shared' | 'copied'> {
  if (navigator.share) {
    await navigator.share({ title, url });
    return 'shared';
  }
  await navigator.clipboard.writeText(url);
  return 'copied';
}
