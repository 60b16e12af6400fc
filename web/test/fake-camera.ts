/**
 * A camera for Chromium's fake capture device (`--use-file-for-fake-video-capture`): a Y4M video
 * whose every frame shows one code, drawn by @zxing/library's own encoder. The library encodes
 * 2D codes only, so the code is a QR code carrying the barcode's digits; the till's reader
 * decodes QR and the 1D formats alike.
 */
import { writeFileSync } from 'node:fs';
import { BarcodeFormat, QRCodeWriter } from '@zxing/library';

const WIDTH = 640;
const HEIGHT = 480;
const SIZE = 360;

export function writeBarcodeVideo(path: string, code: string, frames = 10): void {
  const matrix = new QRCodeWriter().encode(code, BarcodeFormat.QR_CODE, SIZE, SIZE, new Map());
  const luma = Buffer.alloc(WIDTH * HEIGHT, 235);
  const left = Math.floor((WIDTH - matrix.getWidth()) / 2);
  const top = Math.floor((HEIGHT - matrix.getHeight()) / 2);
  for (let y = 0; y < matrix.getHeight(); y++) {
    for (let x = 0; x < matrix.getWidth(); x++) {
      if (matrix.get(x, y)) luma[(top + y) * WIDTH + left + x] = 16;
    }
  }
  const chroma = Buffer.alloc((WIDTH / 2) * (HEIGHT / 2), 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma, chroma]);
  const header = Buffer.from(`YUV4MPEG2 W${WIDTH} H${HEIGHT} F10:1 Ip A1:1 C420jpeg\n`);
  writeFileSync(path, Buffer.concat([header, ...Array.from({ length: frames }, () => frame)]));
}
