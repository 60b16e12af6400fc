/**
 * Map tiles are optional. A tile URL template (`https://tile.example/{z}/{x}/{y}.png`) comes from
 * the build (`VITE_MAP_TILE_URL`) or is set on the device (localStorage `pos-map-tiles`); without
 * one, or when the tile server cannot be reached, couriers and trails are drawn on a plain grid.
 */
const STORAGE_KEY = 'pos-map-tiles';

export interface TileConfig {
  url: string;
  attribution: string;
}

export function tileConfig(): TileConfig | null {
  const fromDevice = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
  const url = (fromDevice || import.meta.env.VITE_MAP_TILE_URL || '').trim();
  if (!/^https?:\/\/.+\{z\}.*\{x\}.*\{y\}/.test(url)) return null;
  return { url, attribution: import.meta.env.VITE_MAP_TILE_ATTRIBUTION ?? '' };
}

/** Where the map opens before any courier has reported a position. */
export const DEFAULT_CENTER: [number, number] = [-6.2, 106.816];
