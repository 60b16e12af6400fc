/**
 * The dispatcher's live picture of a branch: its couriers with their trails, and its deliveries.
 * Loaded once, then kept current by the gateway's subscriptions (positions of every courier of the
 * branch, status changes of its deliveries); reloaded when the connection comes back.
 */
import { useCallback, useEffect, useState } from 'react';
import {
  BranchCourierPositionsDocument,
  type CourierFieldsFragment,
  type DeliveryFieldsFragment,
  DeliveryStatusChangesDocument,
  DeliveryTrailDocument,
  DispatchBoardDocument,
  type PositionFieldsFragment,
} from '../__generated__/operations';
import type { Api } from '../api/client';
import type { Failure } from '../api/results';

const MAX_TRAIL = 500;
const OPEN_PAGE = 100;
const FINISHED_PAGE = 20;
const TRAIL_ON_OPEN = 200;
const RELOAD_MS = 60_000;

export interface Board {
  couriers: CourierFieldsFragment[];
  deliveries: DeliveryFieldsFragment[];
  /** Courier id -> positions, oldest first. */
  trails: Record<string, PositionFieldsFragment[]>;
}

const EMPTY: Board = { couriers: [], deliveries: [], trails: {} };

/** Adds positions to a trail in the order they were taken (late arrivals from a phone that was offline included). */
export function mergeTrail(
  trail: readonly PositionFieldsFragment[],
  added: readonly PositionFieldsFragment[],
): PositionFieldsFragment[] {
  const seen = new Set(trail.map((p) => p.recordedAt));
  const merged = [...trail, ...added.filter((p) => !seen.has(p.recordedAt))];
  merged.sort((a, b) => Date.parse(a.recordedAt) - Date.parse(b.recordedAt));
  return merged.slice(-MAX_TRAIL);
}

function upsertDelivery(list: DeliveryFieldsFragment[], d: DeliveryFieldsFragment): DeliveryFieldsFragment[] {
  const i = list.findIndex((x) => x.id === d.id);
  if (i === -1) return [d, ...list];
  const next = list.slice();
  next[i] = d;
  return next;
}

export function useDispatchBoard(api: Api, branchId: string | null) {
  const [board, setBoard] = useState<Board>(EMPTY);
  const [error, setError] = useState<Failure | null>(null);
  const [loaded, setLoaded] = useState(false);

  const load = useCallback(async () => {
    if (!branchId) return;
    const r = await api.query(DispatchBoardDocument, { branchId, open: OPEN_PAGE, finished: FINISHED_PAGE });
    if (!r.ok) return setError(r.error);
    setError(null);
    const { couriers, open, finished } = r.value;
    const underWay = open.filter((d) => d.status === 'DELIVERING' && d.courier);
    const trailAnswers = await Promise.all(
      underWay.map((d) => api.query(DeliveryTrailDocument, { deliveryId: d.id, last: TRAIL_ON_OPEN })),
    );
    const fromServer: Record<string, PositionFieldsFragment[]> = {};
    for (const a of trailAnswers) {
      const courierId = a.ok ? a.value.delivery?.courier?.id : undefined;
      if (a.ok && courierId)
        fromServer[courierId] = [...(fromServer[courierId] ?? []), ...(a.value.delivery?.trail ?? [])];
    }
    setBoard((prev) => {
      const trails: Record<string, PositionFieldsFragment[]> = {};
      for (const c of couriers) {
        const last = c.lastPosition ? [c.lastPosition] : [];
        trails[c.id] = mergeTrail(prev.trails[c.id] ?? [], [...(fromServer[c.id] ?? []), ...last]);
      }
      return { couriers, deliveries: [...open, ...finished], trails };
    });
    setLoaded(true);
  }, [api, branchId]);

  useEffect(() => {
    setBoard(EMPTY);
    setLoaded(false);
    void load();
    const timer = setInterval(() => void load(), RELOAD_MS);
    window.addEventListener('online', load);
    return () => {
      clearInterval(timer);
      window.removeEventListener('online', load);
    };
  }, [load]);

  useEffect(() => {
    if (!branchId) return;
    const stopPositions = api.subscribe(BranchCourierPositionsDocument, { branchId }, (data) => {
      const p = data.branchCourierPositions;
      setBoard((b) => ({
        ...b,
        trails: { ...b.trails, [p.courier.id]: mergeTrail(b.trails[p.courier.id] ?? [], [p]) },
      }));
    });
    const stopChanges = api.subscribe(DeliveryStatusChangesDocument, { branchId }, (data) => {
      const change = data.deliveryStatusChanges;
      setBoard((b) => ({
        ...b,
        deliveries: upsertDelivery(b.deliveries, { ...change.delivery, late: change.late }),
      }));
    });
    return () => {
      stopPositions();
      stopChanges();
    };
  }, [api, branchId]);

  return { board, error, loaded, reload: load };
}
