import { describe, expect, it } from 'vitest';
import type { PositionFieldsFragment } from '../__generated__/operations';
import { mergeTrail } from './board';
import { isLate } from './delivery-view';

const at = (minute: number, lat = -6.9): PositionFieldsFragment => ({
  lat,
  lng: 107.6,
  accuracy: null,
  heading: null,
  speed: null,
  recordedAt: new Date(Date.UTC(2026, 11, 5, 3, minute)).toISOString(),
  courier: { id: 'c1' },
  delivery: { id: 'd1' },
});

describe('a courier trail on the map', () => {
  it('keeps positions in the order they were taken, late arrivals from an offline phone included', () => {
    const live = mergeTrail([], [at(1), at(2), at(5)]);
    const merged = mergeTrail(live, [at(3), at(4)]);
    expect(merged.map((p) => p.recordedAt)).toEqual([1, 2, 3, 4, 5].map((m) => at(m).recordedAt));
  });

  it('takes a position it already has once (a reload and the live feed overlap)', () => {
    expect(mergeTrail([at(1), at(2)], [at(2), at(3)])).toHaveLength(3);
  });

  it('keeps the newest 500', () => {
    const many = Array.from({ length: 600 }, (_, i) => ({
      ...at(0),
      recordedAt: new Date(i * 1000).toISOString(),
    }));
    const trail = mergeTrail([], many);
    expect(trail).toHaveLength(500);
    expect(trail.at(-1)?.recordedAt).toBe(new Date(599_000).toISOString());
  });
});

describe('lateness', () => {
  const now = Date.parse('2026-12-05T03:30:00Z');
  it("follows the server's flag, and turns an open delivery late once its promise passes", () => {
    expect(isLate({ status: 'DONE', late: true, promisedAt: '2026-12-05T03:00:00Z' }, now)).toBe(true);
    expect(isLate({ status: 'DELIVERING', late: false, promisedAt: '2026-12-05T03:29:00Z' }, now)).toBe(true);
    expect(isLate({ status: 'READY', late: false, promisedAt: '2026-12-05T03:31:00Z' }, now)).toBe(false);
    expect(isLate({ status: 'READY', late: false, promisedAt: null }, now)).toBe(false);
    // Done on time: the server said so; the clock passing the promise later changes nothing.
    expect(isLate({ status: 'DONE', late: false, promisedAt: '2026-12-05T03:00:00Z' }, now)).toBe(false);
  });
});
