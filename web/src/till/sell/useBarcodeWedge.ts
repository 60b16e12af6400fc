/**
 * USB and Bluetooth barcode scanners type the code as keystrokes ("keyboard wedge") and press
 * Enter. Keys arriving on average faster than a person types, ended by Enter, are taken as one
 * scan (an average, so one key delayed by a busy tablet does not split the code). Keys typed
 * into a text field are left to that field (the search box handles Enter itself).
 */
import { useEffect, useRef } from 'react';

/** A pause this long starts a new code. */
const RESET_GAP_MS = 300;
/** Scanners send a key every few milliseconds; people take well over 100 ms. */
const MAX_AVERAGE_MS = 40;
const MIN_LENGTH = 4;

export function useBarcodeWedge(onScan: (code: string) => void, enabled = true) {
  const handler = useRef(onScan);
  handler.current = onScan;

  useEffect(() => {
    if (!enabled) return;
    let buffer = '';
    let first = 0;
    let last = 0;
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.isContentEditable))
        return;
      const now = performance.now();
      if (now - last > RESET_GAP_MS) {
        buffer = '';
        first = now;
      }
      last = now;
      if (e.key === 'Enter') {
        const average = (now - first) / Math.max(1, buffer.length);
        if (buffer.length >= MIN_LENGTH && average <= MAX_AVERAGE_MS) {
          e.preventDefault();
          handler.current(buffer);
        }
        buffer = '';
        last = 0;
        return;
      }
      if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) buffer += e.key;
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled]);
}
