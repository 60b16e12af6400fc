declare module '@point-of-sale/webbluetooth-receipt-printer' {
  export interface ConnectedPrinter {
    name?: string;
    id?: string;
    language?: 'esc-pos' | 'star-prnt' | 'star-line';
    codepageMapping?: string;
  }
  export default class WebBluetoothReceiptPrinter {
    connect(): Promise<void>;
    disconnect(): Promise<void>;
    print(data: Uint8Array): Promise<void>;
    addEventListener(event: 'connected', cb: (device: ConnectedPrinter) => void): void;
    addEventListener(event: 'disconnected', cb: () => void): void;
  }
}

declare module '@point-of-sale/webusb-receipt-printer' {
  import type { ConnectedPrinter } from '@point-of-sale/webbluetooth-receipt-printer';
  export default class WebUSBReceiptPrinter {
    connect(): Promise<void>;
    disconnect(): Promise<void>;
    print(data: Uint8Array): Promise<void>;
    addEventListener(event: 'connected', cb: (device: ConnectedPrinter) => void): void;
    addEventListener(event: 'disconnected', cb: () => void): void;
  }
}
