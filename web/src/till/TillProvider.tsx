/**
 * The till's shared state: the registered device, who is signed in, the open shift, the cached
 * catalog, the connection and the outbox. Everything that must outlive the tab is read from
 * IndexedDB first and refreshed from the server when it is reachable.
 */
import { createContext, type ReactNode, useCallback, useContext, useEffect, useRef, useState } from 'react';
import type { ShiftFieldsFragment } from '../__generated__/operations';
import { CurrentShiftDocument, LowStockAlertsDocument } from '../__generated__/operations';
import { connectivity } from '../api/connectivity';
import { useServices } from '../app/services';
import type { Session } from '../auth/session';
import { type Device, loadDevice, saveDevice } from '../device/device';
import { type Catalog, fetchCatalog, loadCatalog } from '../offline/catalog';
import { readKv, writeKv } from '../offline/db';
import { allSales, type QueuedSale, type SyncSummary } from '../offline/outbox';
import { syncOutbox } from '../offline/sync';

export interface LowStockNotice {
  key: string;
  kind: string;
  name: string;
  balance: number;
  threshold: number | null;
}

export interface TillState {
  ready: boolean;
  device: Device | null;
  session: Session | null;
  online: boolean;
  shift: ShiftFieldsFragment | null;
  shiftKnown: boolean;
  catalog: Catalog | null;
  outbox: QueuedSale[];
  syncing: boolean;
  lastSync: SyncSummary | null;
  alerts: LowStockNotice[];
  can(scope: string): boolean;
  setDevice(device: Device | null): Promise<void>;
  setShift(shift: ShiftFieldsFragment | null): Promise<void>;
  refreshShift(): Promise<void>;
  refreshCatalog(): Promise<void>;
  refreshOutbox(): Promise<void>;
  syncNow(): Promise<void>;
  dismissAlert(key: string): void;
  signOut(): Promise<void>;
}

const TillContext = createContext<TillState | null>(null);

export function useTill(): TillState {
  const till = useContext(TillContext);
  if (!till) throw new Error('useTill outside TillProvider');
  return till;
}

const SHIFT_KEY = 'shift';

export function TillProvider({ children }: { children: ReactNode }) {
  const { api, db, session: sessions } = useServices();
  const [ready, setReady] = useState(false);
  const [device, setDeviceState] = useState<Device | null>(null);
  const [session, setSession] = useState<Session | null>(sessions.session);
  const [online, setOnline] = useState(connectivity.online);
  const [shift, setShiftState] = useState<ShiftFieldsFragment | null>(null);
  const [shiftKnown, setShiftKnown] = useState(false);
  const [catalog, setCatalog] = useState<Catalog | null>(null);
  const [outbox, setOutbox] = useState<QueuedSale[]>([]);
  const [syncing, setSyncing] = useState(false);
  const [lastSync, setLastSync] = useState<SyncSummary | null>(null);
  const [alerts, setAlerts] = useState<LowStockNotice[]>([]);
  const syncRunning = useRef(false);

  useEffect(() => sessions.subscribe(setSession), [sessions]);
  useEffect(() => connectivity.subscribe(setOnline), []);

  useEffect(() => {
    void (async () => {
      const [d, s, c] = await Promise.all([
        loadDevice(db),
        readKv<ShiftFieldsFragment>(db, SHIFT_KEY),
        loadCatalog(db),
      ]);
      setDeviceState(d ?? null);
      setShiftState(s ?? null);
      setShiftKnown(s !== undefined);
      setCatalog(c ?? null);
      setOutbox(await allSales(db));
      setReady(true);
    })();
  }, [db]);

  const refreshOutbox = useCallback(async () => setOutbox(await allSales(db)), [db]);

  const setDevice = useCallback(
    async (d: Device | null) => {
      await saveDevice(db, d ?? undefined);
      setDeviceState(d);
    },
    [db],
  );

  const setShift = useCallback(
    async (s: ShiftFieldsFragment | null) => {
      await writeKv(db, SHIFT_KEY, s ?? undefined);
      setShiftState(s);
      setShiftKnown(true);
    },
    [db],
  );

  const refreshShift = useCallback(async () => {
    if (!device || !sessions.session) return;
    const r = await api.query(CurrentShiftDocument, { deviceId: device.deviceId });
    // Offline, the cached shift stands: sales made meanwhile still belong to it.
    if (r.ok) await setShift(r.value.currentShift?.status === 'OPEN' ? r.value.currentShift : null);
  }, [api, device, sessions, setShift]);

  const refreshCatalog = useCallback(async () => {
    if (!device || !sessions.session) return;
    const r = await fetchCatalog(api, db, device.branchId, sessions.has('stock:read'));
    if (r.ok) setCatalog(r.value);
  }, [api, db, device, sessions]);

  const syncNow = useCallback(async () => {
    const user = sessions.session?.user;
    if (!user || syncRunning.current || !connectivity.online) return;
    syncRunning.current = true;
    setSyncing(true);
    try {
      setLastSync(await syncOutbox(api, db, user.id));
    } catch {
      // Offline again or signed out: the sales stay queued and the next trigger retries.
    } finally {
      syncRunning.current = false;
      setSyncing(false);
      setOutbox(await allSales(db));
    }
  }, [api, db, sessions]);

  // Whenever the session or the connection comes back: fresh shift, catalog and a sync.
  useEffect(() => {
    if (!ready || !session || !online) return;
    void refreshShift();
    void refreshCatalog();
    void syncNow();
  }, [ready, session, online, refreshShift, refreshCatalog, syncNow]);

  const pending = outbox.some((s) => s.status === 'queued');
  useEffect(() => {
    if (!pending || !online || !session) return;
    const timer = setInterval(() => void syncNow(), 30_000);
    return () => clearInterval(timer);
  }, [pending, online, session, syncNow]);

  // Low-stock alerts for the branch, live, for staff who may see stock.
  const canSeeStock = session?.scopes.includes('stock:read') ?? false;
  useEffect(() => {
    if (!device || !session || !canSeeStock) return;
    return api.subscribe(LowStockAlertsDocument, { branchId: device.branchId }, (data) => {
      const a = data.lowStockAlerts;
      const notice: LowStockNotice = {
        key: `${a.product.id}#${a.entrySeq}`,
        kind: a.kind,
        name: a.product.name,
        balance: a.balance,
        threshold: a.threshold,
      };
      setAlerts((list) => [notice, ...list.filter((n) => n.key !== notice.key)].slice(0, 5));
    });
  }, [api, device, session, canSeeStock]);

  const signOut = useCallback(async () => {
    // Dropped here first, so nothing else sends the token while the server revokes it.
    const token = sessions.session?.accessToken;
    await sessions.save(null);
    api.closeLive();
    await setShift(null);
    setShiftKnown(false);
    if (token && connectivity.online) await api.logout(token).catch(() => undefined);
  }, [api, sessions, setShift]);

  const value: TillState = {
    ready,
    device,
    session,
    online,
    shift,
    shiftKnown,
    catalog,
    outbox,
    syncing,
    lastSync,
    alerts,
    can: (scope) => session?.scopes.includes(scope) ?? false,
    setDevice,
    setShift,
    refreshShift,
    refreshCatalog,
    refreshOutbox,
    syncNow,
    dismissAlert: (key) => setAlerts((list) => list.filter((n) => n.key !== key)),
    signOut,
  };
  return <TillContext.Provider value={value}>{children}</TillContext.Provider>;
}
