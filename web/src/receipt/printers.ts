/** Which links to a thermal printer this browser has (Chromium: Web Bluetooth, WebUSB). */
export type PrinterLink = 'bluetooth' | 'usb';

export function availablePrinterLinks(): PrinterLink[] {
  const nav = navigator as Navigator & { bluetooth?: unknown; usb?: unknown };
  return [...(nav.bluetooth ? (['bluetooth'] as const) : []), ...(nav.usb ? (['usb'] as const) : [])];
}
