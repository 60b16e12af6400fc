/**
 * Debian's Chromium for the browser tests, never a downloaded one, with the flags that keep it
 * quiet on a closed network (no background networking, component updates or sync).
 */
export const CHROMIUM = '/usr/bin/chromium';

export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
