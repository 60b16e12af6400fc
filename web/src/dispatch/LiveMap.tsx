/**
 * Couriers and their trails on a Leaflet map. Under the optional tiles lies a plain grid, so with
 * no tile server reachable (a shop without internet) positions and trails still read as a map.
 * Markers and trails are SVG and carry data attributes (courier, latitude, longitude, points).
 */
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import './map.css';
import { useEffect, useRef } from 'react';
import type { PositionFieldsFragment } from '../__generated__/operations';
import { DEFAULT_CENTER, tileConfig } from './map-config';

export interface MapCourier {
  id: string;
  name: string;
  late: boolean;
  busy: boolean;
}

class PlainGrid extends L.GridLayer {
  override createTile(): HTMLElement {
    const tile = document.createElement('div');
    tile.className = 'pos-map-grid-tile';
    return tile;
  }
}

interface Drawn {
  marker: L.CircleMarker;
  trail: L.Polyline;
}

function colourOf(c: MapCourier) {
  if (c.late) return '#e11d48';
  return c.busy ? '#d97706' : '#0f766e';
}

function tag(el: Element | undefined, attrs: Record<string, string>) {
  if (!el) return;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
}

export function LiveMap({
  couriers,
  trails,
  selected,
  onSelect,
}: {
  couriers: MapCourier[];
  trails: Record<string, PositionFieldsFragment[]>;
  selected: string | null;
  onSelect(courierId: string): void;
}) {
  const host = useRef<HTMLDivElement>(null);
  const map = useRef<L.Map | null>(null);
  const drawn = useRef(new Map<string, Drawn>());
  const fitted = useRef(false);
  const select = useRef(onSelect);
  select.current = onSelect;

  useEffect(() => {
    if (!host.current) return;
    const m = L.map(host.current, {
      center: DEFAULT_CENTER,
      zoom: 15,
      zoomControl: true,
      attributionControl: true,
    });
    new PlainGrid({ tileSize: 128 }).addTo(m);
    const tiles = tileConfig();
    if (tiles) L.tileLayer(tiles.url, { attribution: tiles.attribution, maxZoom: 19 }).addTo(m);
    map.current = m;
    const shown = drawn.current;
    // The map's box changes with the page (a phone turned, the side panel opening).
    const resize = new ResizeObserver(() => m.invalidateSize());
    resize.observe(host.current);
    return () => {
      resize.disconnect();
      m.remove();
      map.current = null;
      shown.clear();
      fitted.current = false;
    };
  }, []);

  useEffect(() => {
    const m = map.current;
    if (!m) return;
    const shown = drawn.current;
    const latest: L.LatLng[] = [];
    for (const c of couriers) {
      const trail = trails[c.id] ?? [];
      const last = trail.at(-1);
      let d = shown.get(c.id);
      if (!last) {
        if (d) {
          d.marker.remove();
          d.trail.remove();
          shown.delete(c.id);
        }
        continue;
      }
      const at = L.latLng(last.lat, last.lng);
      latest.push(at);
      const points = trail.map((p) => L.latLng(p.lat, p.lng));
      const colour = colourOf(c);
      if (!d) {
        const line = L.polyline(points, { color: colour, weight: 4, opacity: 0.6 }).addTo(m);
        const marker = L.circleMarker(at, {
          radius: 10,
          color: '#fff',
          weight: 3,
          fillColor: colour,
          fillOpacity: 1,
        })
          .bindTooltip(c.name, { permanent: true, direction: 'top', offset: [0, -10] })
          .on('click', () => select.current(c.id))
          .addTo(m);
        d = { marker, trail: line };
        shown.set(c.id, d);
      } else {
        d.trail.setLatLngs(points);
        d.marker.setLatLng(at);
      }
      d.trail.setStyle({ color: colour });
      d.marker.setStyle({ fillColor: colour, radius: selected === c.id ? 13 : 10 });
      tag(d.marker.getElement(), {
        'data-testid': 'courier-marker',
        'data-courier-id': c.id,
        'data-lat': String(last.lat),
        'data-lng': String(last.lng),
        'data-late': String(c.late),
      });
      tag(d.trail.getElement(), {
        'data-testid': 'courier-trail',
        'data-courier-id': c.id,
        'data-points': String(points.length),
      });
    }
    for (const [id, d] of shown) {
      if (couriers.some((c) => c.id === id)) continue;
      d.marker.remove();
      d.trail.remove();
      shown.delete(id);
    }
    if (!fitted.current && latest.length > 0) {
      fitted.current = true;
      if (latest.length === 1) m.setView(latest[0] as L.LatLng, 16);
      else m.fitBounds(L.latLngBounds(latest), { padding: [40, 40], maxZoom: 16 });
    }
  }, [couriers, trails, selected]);

  return <div ref={host} data-testid="dispatch-map" className="pos-map h-full min-h-64 w-full" />;
}
