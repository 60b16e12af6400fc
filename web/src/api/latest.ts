import { useMemo, useRef } from 'react';

/**
 * Orders the answers of a screen's repeated query (a list reloaded on every keystroke, after an
 * import, for the next page): each call takes a ticket, and only the latest ticket's answer may be
 * shown. Without it a slow answer to an older request lands after a newer one and puts stale rows
 * back on screen (an imported product vanishing from the list it was just added to).
 */
export function useLatestRequest() {
  const issued = useRef(0);
  return useMemo(
    () => ({
      ticket: () => ++issued.current,
      isLatest: (ticket: number) => ticket === issued.current,
    }),
    [],
  );
}
