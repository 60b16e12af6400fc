/**
 * Follows the phone's position while a delivery is under way and feeds the queue; sends the
 * queue whenever it can (every few seconds, and at once when the browser is back online).
 */
import { useEffect, useRef, useState } from 'react';
import type { Api } from '../api/client';
import { type CourierDatabase, enqueuePosition, flushPositions, queuedPositions } from './position-queue';
import { positionSender } from './position-sender';

const FLUSH_EVERY_MS = 3_000;
/** A phone standing still repeats its fix: a new point when it moved, or every half minute. */
const STILL_GAP_MS = 30_000;
const MIN_MOVE_M = 3;
/** Some phones report to `watchPosition` only now and then; the position is also asked for on this beat. */
const ASK_EVERY_MS = 5_000;

export interface TrackerState {
  tracking: boolean;
  queued: number;
  lastFix: { lat: number; lng: number; at: string } | null;
  /** The geolocation error code (1 denied, 2 unavailable, 3 timeout), if the last attempt failed. */
  error: number | null;
}

function metresBetween(a: { lat: number; lng: number }, b: { lat: number; lng: number }) {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad * Math.cos(((a.lat + b.lat) / 2) * rad);
  return Math.sqrt(dLat * dLat + dLng * dLng) * 6_371_000;
}

export function usePositionTracker(
  api: Api,
  db: CourierDatabase | null,
  userId: string | null,
  deliveryId: string | null,
): TrackerState & { flush(): Promise<void> } {
  const [state, setState] = useState<TrackerState>({
    tracking: false,
    queued: 0,
    lastFix: null,
    error: null,
  });
  const flushing = useRef<Promise<void> | null>(null);
  const last = useRef<{ lat: number; lng: number; t: number } | null>(null);

  const flush = async () => {
    if (!db || !userId) return;
    if (flushing.current) return flushing.current;
    const run = (async () => {
      try {
        if (navigator.onLine) await flushPositions(db, userId, positionSender(api));
      } finally {
        const queued = await queuedPositions(db);
        setState((s) => ({ ...s, queued }));
        flushing.current = null;
      }
    })();
    flushing.current = run;
    return run;
  };
  const flushRef = useRef(flush);
  flushRef.current = flush;

  // The queue drains on a timer and when the connection returns, delivery or not.
  useEffect(() => {
    if (!db || !userId) return;
    const tick = () => void flushRef.current();
    tick();
    const timer = setInterval(tick, FLUSH_EVERY_MS);
    window.addEventListener('online', tick);
    return () => {
      clearInterval(timer);
      window.removeEventListener('online', tick);
    };
  }, [db, userId]);

  useEffect(() => {
    if (!db || !userId || !deliveryId || !('geolocation' in navigator)) {
      setState((s) => ({ ...s, tracking: false }));
      return;
    }
    setState((s) => ({ ...s, tracking: true }));
    const onFix = (pos: GeolocationPosition) => {
      const { latitude: lat, longitude: lng, accuracy, heading, speed } = pos.coords;
      const prev = last.current;
      const t = pos.timestamp || Date.now();
      if (prev && t - prev.t < STILL_GAP_MS && metresBetween(prev, { lat, lng }) < MIN_MOVE_M) return;
      last.current = { lat, lng, t };
      const recordedAt = new Date(Math.min(t, Date.now())).toISOString();
      void enqueuePosition(db, {
        userId,
        deliveryId,
        lat,
        lng,
        accuracy: Number.isFinite(accuracy) ? accuracy : null,
        heading: heading != null && Number.isFinite(heading) ? heading : null,
        speed: speed != null && Number.isFinite(speed) ? speed : null,
        recordedAt,
      }).then(() => {
        setState((s) => ({ ...s, lastFix: { lat, lng, at: recordedAt }, error: null }));
        void flushRef.current();
      });
    };
    const onError = (err: GeolocationPositionError) => setState((s) => ({ ...s, error: err.code }));
    const options: PositionOptions = { enableHighAccuracy: true, maximumAge: 0, timeout: 30_000 };
    const watch = navigator.geolocation.watchPosition(onFix, onError, options);
    const beat = setInterval(
      () => navigator.geolocation.getCurrentPosition(onFix, onError, options),
      ASK_EVERY_MS,
    );
    return () => {
      clearInterval(beat);
      navigator.geolocation.clearWatch(watch);
    };
  }, [db, userId, deliveryId]);

  return { ...state, flush };
}
