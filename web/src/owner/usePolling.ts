/**
 * Reloads a figure now and then every `intervalMs` while the page is shown, and at once when it
 * is shown again; a slow answer is never overlapped by the next request. For reports the graph
 * serves from read models without a subscription.
 */
import { useEffect } from 'react';

export function usePolling(load: () => Promise<unknown>, intervalMs: number): void {
  // A new `load` (other filters) restarts the cycle with a request at once.
  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let running = false;
    const tick = async () => {
      clearTimeout(timer);
      if (stopped || running) return;
      if (document.visibilityState === 'visible') {
        running = true;
        try {
          await load();
        } finally {
          running = false;
        }
      }
      if (!stopped) timer = setTimeout(() => void tick(), intervalMs);
    };
    const onVisible = () => {
      if (document.visibilityState === 'visible') void tick();
    };
    document.addEventListener('visibilitychange', onVisible);
    void tick();
    return () => {
      stopped = true;
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [load, intervalMs]);
}
