/**
 * USB and Bluetooth barcode scanners type the code as keystrokes ("keyboard wedge") and press
 * Enter. Keys arriving faster than a person types, ended by Enter, are taken as one scan. Keys
 * typed into a text field are left to that field (the search box handles Enter itself).
 */
import { useEffect, useRef } from 'react';

const MAX_GAP_MS = 60;
const MIN_LENGTH = 4;

export function useBarcodeWedge(onScan: (code: string) => void, enabled = true) {
  const handler = useRef(onScan);
  handler.current = onScan;

  useEffect(() => {
    if (!enabled) return;
    let buffer = '';
    let last = 0;
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.isContentEditable))
        return;
      const now = performance.now();
      if (now - last > MAX_GAP_MS) buffer = '';
      last = now;
      if (e.key === 'Enter') {
        if (buffer.length >= MIN_LENGTH) {
          e.preventDefault();
          handler.current(buffer);
        }
        buffer = '';
        return;
      }
      if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) buffer += e.key;
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled]);
}
