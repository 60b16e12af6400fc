/** Search, category grid and the product tiles; a product with several units asks which one. */
import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Modal, Money } from '../../app/ui';
import type { Catalog, CatalogProduct, CatalogUnit } from '../../offline/catalog';
import { findByBarcode, searchCatalog } from '../../offline/catalog';

export function ProductPicker({
  catalog,
  onPick,
  onScanRequest,
  onUnknownCode,
}: {
  catalog: Catalog | null;
  onPick: (product: CatalogProduct, unit: CatalogUnit) => void;
  onScanRequest: () => void;
  onUnknownCode: (code: string) => void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [category, setCategory] = useState<string | null>(null);
  const [choosing, setChoosing] = useState<CatalogProduct | null>(null);
  const shown = useMemo(
    () => (catalog ? searchCatalog(catalog, text, category).slice(0, 60) : []),
    [catalog, text, category],
  );

  const pick = (p: CatalogProduct) => {
    if (p.units.length > 1) setChoosing(p);
    else if (p.units[0]) onPick(p, p.units[0]);
  };

  // A scanner typing into the search box ends with Enter: an exact barcode adds the product.
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!catalog || !text.trim()) return;
    const match = findByBarcode(catalog, text);
    if (match) {
      onPick(match.product, match.unit);
      setText('');
    } else if (/^\d{6,}$/.test(text.trim())) {
      onUnknownCode(text.trim());
    } else if (shown.length === 1 && shown[0]) {
      pick(shown[0]);
      setText('');
    }
  };

  return (
    <div className="flex min-h-0 flex-1 flex-col gap-2 p-2">
      <form onSubmit={submit} className="flex gap-2">
        <input
          type="search"
          name="search"
          placeholder={t('sell.search')}
          aria-label={t('sell.search')}
          value={text}
          onChange={(e) => setText(e.target.value)}
          className="min-h-11 min-w-0 flex-1 rounded-lg border border-slate-300 bg-white px-3 outline-none focus:border-teal-600"
        />
        <Button onClick={onScanRequest} aria-label={t('sell.scan')}>
          {t('sell.scan')}
        </Button>
      </form>
      {catalog && catalog.categories.length > 0 && (
        <div className="flex gap-1 overflow-x-auto pb-1">
          <Chip active={category === null} onClick={() => setCategory(null)}>
            {t('sell.allCategories')}
          </Chip>
          {catalog.categories.map((c) => (
            <Chip key={c.id} active={category === c.id} onClick={() => setCategory(c.id)}>
              {c.name}
            </Chip>
          ))}
        </div>
      )}
      {!catalog && <p className="p-4 text-slate-500">{t('sell.loadingCatalog')}</p>}
      <div className="grid min-h-0 flex-1 auto-rows-min grid-cols-2 gap-2 overflow-y-auto sm:grid-cols-3 lg:grid-cols-4">
        {shown.map((p) => {
          const base = p.units.find((u) => u.isBase) ?? p.units[0];
          return (
            <button
              type="button"
              key={p.id}
              data-testid="product-tile"
              onClick={() => pick(p)}
              className="flex min-h-24 flex-col items-start justify-between rounded-xl border border-slate-200 bg-white p-3 text-left shadow-sm active:bg-teal-50"
            >
              <span className="line-clamp-2 font-medium">{p.name}</span>
              <span className="flex w-full items-end justify-between gap-1 text-sm">
                <Money value={base?.price} className="text-teal-800" />
                {p.stock && (
                  <span
                    className={`text-xs ${p.stock.low ? 'font-semibold text-amber-700' : 'text-slate-500'}`}
                  >
                    {t('sell.stock', { count: p.stock.balance })}
                  </span>
                )}
              </span>
            </button>
          );
        })}
      </div>
      {choosing && (
        <Modal title={choosing.name} onClose={() => setChoosing(null)}>
          <div className="grid grid-cols-2 gap-2">
            {choosing.units.map((u) => (
              <Button
                key={u.name}
                className="flex flex-col"
                onClick={() => {
                  onPick(choosing, u);
                  setChoosing(null);
                }}
              >
                <span>{u.factor > 1 ? `${u.name} (${u.factor})` : u.name}</span>
                <Money value={u.price} className="text-sm text-teal-800" />
              </Button>
            ))}
          </div>
        </Modal>
      )}
    </div>
  );
}

function Chip({
  active,
  onClick,
  children,
}: {
  active: boolean;
  onClick: () => void;
  children: React.ReactNode;
}) {
  return (
    <button
      type="button"
      onClick={onClick}
      className={`min-h-9 shrink-0 rounded-full px-3 text-sm ${active ? 'bg-teal-700 text-white' : 'bg-white text-slate-700 border border-slate-300'}`}
    >
      {children}
    </button>
  );
}
