/** Scans a barcode with the device camera (@zxing/browser); the first code read is used. */
import { BrowserMultiFormatReader, type IScannerControls } from '@zxing/browser';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from '../../app/ui';

export function CameraScanner({ onScan, onClose }: { onScan: (code: string) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const video = useRef<HTMLVideoElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const done = useRef(false);

  useEffect(() => {
    const reader = new BrowserMultiFormatReader();
    let controls: IScannerControls | undefined;
    let stopped = false;
    const el = video.current;
    if (!el) return;
    reader
      .decodeFromConstraints({ video: { facingMode: 'environment' } }, el, (result) => {
        if (!result || done.current) return;
        done.current = true;
        controls?.stop();
        onScan(result.getText());
      })
      .then((c) => {
        controls = c;
        if (stopped) c.stop();
      })
      .catch((err: unknown) => setProblem(err instanceof Error ? err.message : String(err)));
    return () => {
      stopped = true;
      controls?.stop();
    };
  }, [onScan]);

  return (
    <Modal title={t('scan.title')} onClose={onClose}>
      <video
        ref={video}
        className="aspect-video w-full rounded-lg bg-black"
        muted
        playsInline
        data-testid="camera"
      />
      {problem && <p className="mt-2 text-sm text-rose-700">{t('scan.noCamera', { problem })}</p>}
    </Modal>
  );
}
