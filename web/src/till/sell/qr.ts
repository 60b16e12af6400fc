/** A QR payload (a QRIS string) as an image the till can show. */
import QRCode from 'qrcode';

/** An SVG data URL: crisp at any size, and the same picture wherever it is drawn. */
export async function qrImage(payload: string): Promise<string> {
  const svg = await QRCode.toString(payload, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}
