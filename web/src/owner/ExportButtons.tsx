/**
 * CSV, XLSX and PDF of a report: `createReportExport` signs a short-lived link that the gateway
 * serves under `/exports/` as an attachment, which the browser downloads.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CreateReportExportDocument,
  type ExportFormat,
  type ReportFilter,
  type ReportKind,
} from '../__generated__/operations';
import { type Failure, unwrapResult } from '../api/results';
import { useServices } from '../app/services';
import { ErrorNote } from '../app/ui';

const FORMATS: ExportFormat[] = ['CSV', 'XLSX', 'PDF'];

export function ExportButtons({ report, filter }: { report: ReportKind; filter: ReportFilter }) {
  const { t } = useTranslation();
  const { api } = useServices();
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const [error, setError] = useState<Failure | null>(null);

  const download = async (format: ExportFormat) => {
    setBusy(format);
    setError(null);
    const r = await api.mutate(CreateReportExportDocument, { report, format, filter });
    setBusy(null);
    if (!r.ok) return setError(r.error);
    const link = unwrapResult(r.value.createReportExport, 'DownloadLink');
    if (!link.ok) return setError(link.error);
    const a = document.createElement('a');
    a.href = link.value.url;
    a.rel = 'noopener';
    a.download = '';
    document.body.append(a);
    a.click();
    a.remove();
  };

  return (
    <div className="flex flex-col items-end gap-1">
      <fieldset
        className="flex gap-1"
        aria-label={t('owner.export.label', { report: t(`owner.export.kinds.${report}`) })}
      >
        {FORMATS.map((f) => (
          <button
            key={f}
            type="button"
            disabled={busy !== null}
            onClick={() => void download(f)}
            className="min-h-9 rounded-md border border-slate-300 bg-white px-2 text-xs font-semibold text-slate-700 hover:bg-slate-100 disabled:text-slate-400"
            data-export={`${report}-${f}`}
          >
            {f}
          </button>
        ))}
      </fieldset>
      <ErrorNote error={error} />
    </div>
  );
}
