/** Finds a product by name, SKU or a scanned barcode, for a stock line. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  AdminProductsDocument,
  type AdminProductsQuery,
  ProductByBarcodeDocument,
} from '../../__generated__/operations';
import { useBackOffice } from '../context';

export type PickedProduct = Pick<
  AdminProductsQuery['products']['nodes'][number],
  'id' | 'name' | 'sku' | 'units'
>;

export function ProductSearch({
  onPick,
  label,
}: {
  onPick(p: PickedProduct, unit?: string): void;
  label: string;
}) {
  const { t } = useTranslation();
  const { api } = useBackOffice();
  const [text, setText] = useState('');
  const [found, setFound] = useState<PickedProduct[]>([]);

  useEffect(() => {
    const words = text.trim();
    if (!words) return setFound([]);
    const timer = setTimeout(() => {
      void api
        .query(AdminProductsDocument, { filter: { search: words }, first: 8, after: null })
        .then((r) => {
          if (r.ok) setFound(r.value.products.nodes);
        });
    }, 200);
    return () => clearTimeout(timer);
  }, [api, text]);

  // A scanner types the barcode and Enter: the unit it names is picked with the product.
  const scan = async () => {
    const code = text.trim();
    if (!code) return;
    const r = await api.query(ProductByBarcodeDocument, { barcode: code });
    const match = r.ok ? r.value.productByBarcode : null;
    if (match) {
      onPick(match.product, match.unit.name);
      setText('');
      setFound([]);
    } else if (found[0]) {
      onPick(found[0]);
      setText('');
      setFound([]);
    }
  };

  return (
    <div className="relative flex flex-col gap-1 text-sm font-medium text-slate-700">
      <label className="flex flex-col gap-1">
        {label}
        <input
          type="search"
          value={text}
          placeholder={t('backoffice.stock.findProduct')}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              void scan();
            }
          }}
          className="min-h-11 rounded-lg border border-slate-300 px-3 text-base font-normal"
        />
      </label>
      {found.length > 0 && (
        <ul className="absolute top-full z-10 mt-1 w-full overflow-hidden rounded-lg border border-slate-200 bg-white shadow-lg">
          {found.map((p) => (
            <li key={p.id}>
              <button
                type="button"
                className="w-full px-3 py-2 text-left font-normal hover:bg-teal-50"
                onClick={() => {
                  onPick(p);
                  setText('');
                  setFound([]);
                }}
              >
                {p.name} <span className="font-mono text-xs text-slate-500">{p.sku}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
