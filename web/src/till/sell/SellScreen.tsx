/**
 * Ringing up a sale: products by search, category, camera or scanner; the cart with the server's
 * quote; payment; the receipt. Offline, the same screen queues the sale for sync.
 */
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import type { OrderFieldsFragment } from '../../__generated__/operations';
import type { Failure } from '../../api/results';
import { useServices } from '../../app/services';
import { Button, ErrorNote, Modal, Money } from '../../app/ui';
import { newId } from '../../lib/ids';
import { type CatalogProduct, type CatalogUnit, findByBarcode } from '../../offline/catalog';
import type { QueuedPayment, QueuedSale } from '../../offline/outbox';
import { ReceiptView } from '../../receipt/ReceiptView';
import { addLine, type Cart, emptyCart, estimateTotal, loadCart, saveCart } from '../cart';
import { completeSale } from '../sale';
import { useTill } from '../TillProvider';
import { lookUpBarcode } from './barcode';
import { CartPanel } from './CartPanel';
import { ChargeWaiting, chargedPayment } from './ChargeWaiting';
import { HeldBills, holdCart } from './HeldBills';
import { PaymentDialog } from './PaymentDialog';
import { ProductPicker } from './ProductPicker';
import { useBarcodeWedge } from './useBarcodeWedge';
import { useQuote } from './useQuote';

// The barcode reader is the largest part of the app; it loads when the camera is first used.
const CameraScanner = lazy(() => import('./CameraScanner').then((m) => ({ default: m.CameraScanner })));

type Done = { kind: 'order'; order: OrderFieldsFragment } | { kind: 'queued'; sale: QueuedSale };

export function SellScreen() {
  const { t } = useTranslation();
  const { api, db } = useServices();
  const till = useTill();
  const [cart, setCartState] = useState<Cart | null>(null);
  const [paying, setPaying] = useState(false);
  const [payError, setPayError] = useState<Failure | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<Done | null>(null);
  // A sale waiting for the customer to pay a charged QRIS or e-wallet payment.
  const [waiting, setWaiting] = useState<OrderFieldsFragment | null>(null);
  const [scanning, setScanning] = useState(false);
  const [showHeld, setShowHeld] = useState(false);
  const [notice, setNotice] = useState<Failure | null>(null);
  const [cartView, setCartView] = useState(false);
  // One key per sale attempt: a retry after a lost answer is the same sale to the server.
  const saleKey = useRef<string | null>(null);
  // A checkout sent with that key whose answer was lost (see completeSale).
  const unanswered = useRef<Record<string, unknown> | null>(null);
  const device = till.device;
  const priced = useQuote(cart ?? emptyCart(), device?.branchId ?? '', till.online);

  useEffect(() => {
    void loadCart(db).then(setCartState);
  }, [db]);

  const setCart = useCallback(
    (next: Cart) => {
      saleKey.current = null;
      unanswered.current = null;
      setCartState(next);
      void saveCart(db, next);
    },
    [db],
  );

  const add = useCallback(
    (product: CatalogProduct, unit: CatalogUnit) => {
      setCartState((current) => {
        const next = addLine(current ?? emptyCart(), {
          productId: product.id,
          name: product.name,
          unit: unit.name,
          listPrice: unit.price,
        });
        void saveCart(db, next);
        return next;
      });
      saleKey.current = null;
      unanswered.current = null;
      setNotice(null);
    },
    [db],
  );

  const onScan = useCallback(
    async (code: string) => {
      setScanning(false);
      const local = till.catalog ? findByBarcode(till.catalog, code) : null;
      if (local) return add(local.product, local.unit);
      const remote = till.online ? await lookUpBarcode(api, code, till.catalog) : null;
      if (remote) return add(remote.product, remote.unit);
      setNotice({ code: 'UNKNOWN_BARCODE', message: code });
    },
    [add, api, till.catalog, till.online],
  );
  useBarcodeWedge((code) => void onScan(code), !paying && !done && !waiting);

  if (!device) return <Navigate to="/device" replace />;
  if (till.shiftKnown && !till.shift && till.online) return <Navigate to="/till/shift" replace />;
  if (!cart) return null;

  const due = priced.quote?.total ?? (till.online ? null : estimateTotal(cart));

  const pay = async (payments: QueuedPayment[]) => {
    if (!till.session) return;
    setBusy(true);
    setPayError(null);
    saleKey.current ??= newId(device.deviceId);
    const outcome = await completeSale(
      { api, db, deviceId: device.deviceId, branchId: device.branchId, cashierId: till.session.user.id },
      cart,
      payments,
      { online: till.online, idempotencyKey: saleKey.current, unanswered: unanswered.current },
    );
    setBusy(false);
    if (outcome.kind === 'failed') {
      if (outcome.unanswered) unanswered.current = outcome.unanswered;
      return setPayError(outcome.error);
    }
    saleKey.current = null;
    unanswered.current = null;
    setPaying(false);
    if (
      outcome.kind === 'order' &&
      outcome.order.paymentStatus === 'PENDING' &&
      chargedPayment(outcome.order)
    ) {
      // The cart stays until the customer has paid: an expired charge leaves it to try again.
      setWaiting(outcome.order);
      return;
    }
    finish(outcome);
  };

  const finish = (outcome: Done) => {
    setWaiting(null);
    setDone(outcome);
    setCart(emptyCart());
    if (outcome.kind === 'queued') void till.refreshOutbox().then(() => till.syncNow());
    else {
      void till.refreshShift();
      void till.refreshCatalog();
    }
  };

  const hold = async () => {
    const label = window.prompt(t('held.labelPrompt')) ?? '';
    const r = await holdCart(
      api,
      cart,
      { branchId: device.branchId, deviceId: device.deviceId },
      label.trim() || t('held.unnamed'),
    );
    if (!r.ok) return setNotice(r.error);
    setCart(emptyCart());
  };

  const count = cart.lines.reduce((n, l) => n + l.quantity, 0);
  return (
    <div className="flex min-h-0 flex-1 flex-col md:flex-row">
      <div className={`min-h-0 flex-1 flex-col md:flex md:w-3/5 ${cartView ? 'hidden' : 'flex'}`}>
        {notice && (
          <div className="px-2 pt-2">
            <ErrorNote error={notice} />
          </div>
        )}
        <ProductPicker
          catalog={till.catalog}
          onPick={add}
          onScanRequest={() => setScanning(true)}
          onUnknownCode={(code) => void onScan(code)}
        />
      </div>
      <div
        className={`min-h-0 flex-1 flex-col border-slate-200 bg-slate-100 md:flex md:w-2/5 md:border-l ${cartView ? 'flex' : 'hidden'}`}
      >
        <Button tone="ghost" className="m-2 md:hidden" onClick={() => setCartView(false)}>
          ← {t('sell.backToProducts')}
        </Button>
        <CartPanel
          cart={cart}
          onChange={setCart}
          priced={priced}
          online={till.online}
          onPay={() => {
            setPayError(null);
            setPaying(true);
          }}
          onHold={() => void hold()}
          onShowHeld={() => setShowHeld(true)}
        />
      </div>
      {!cartView && (
        <button
          type="button"
          data-testid="cart-bar"
          onClick={() => setCartView(true)}
          className="flex items-center justify-between bg-teal-700 px-4 py-3 text-white md:hidden"
        >
          <span>{t('sell.cartBar', { count })}</span>
          <Money value={due} className="font-semibold" />
        </button>
      )}
      {paying && due && (
        <PaymentDialog
          cart={cart}
          due={due}
          online={till.online}
          busy={busy}
          error={payError}
          onPay={(p) => void pay(p)}
          onClose={() => setPaying(false)}
        />
      )}
      {done && (
        <Modal
          title={done.kind === 'order' ? t('receipt.title') : t('receipt.queuedTitle')}
          onClose={() => setDone(null)}
        >
          {done.kind === 'order' ? (
            <ReceiptView order={done.order} />
          ) : (
            <div className="flex flex-col gap-2" data-testid="queued-sale">
              <p>{t('receipt.queued')}</p>
              <p className="flex justify-between">
                <span>{t('sell.estimate')}</span>
                <Money value={done.sale.estimate} />
              </p>
            </div>
          )}
          <Button
            tone="primary"
            className="mt-3 w-full"
            onClick={() => setDone(null)}
            data-testid="next-sale"
          >
            {t('receipt.next')}
          </Button>
        </Modal>
      )}
      {waiting && (
        <ChargeWaiting
          order={waiting}
          onPaid={(order) => finish({ kind: 'order', order })}
          onEnded={() => {
            setWaiting(null);
            void till.refreshCatalog();
          }}
        />
      )}
      {scanning && (
        <Suspense fallback={null}>
          <CameraScanner onScan={(c) => void onScan(c)} onClose={() => setScanning(false)} />
        </Suspense>
      )}
      {showHeld && (
        <HeldBills
          branchId={device.branchId}
          deviceId={device.deviceId}
          catalog={till.catalog}
          onResume={(c) => {
            setCart(c);
            setShowHeld(false);
          }}
          onClose={() => setShowHeld(false)}
        />
      )}
    </div>
  );
}
