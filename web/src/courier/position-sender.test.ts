import { describe, expect, it } from 'vitest';
import type { Api } from '../api/client';
import type { Outcome } from '../api/results';
import type { QueuedPosition } from './position-queue';
import { positionSender } from './position-sender';

const fix = (seq: number, lat = -6.9): QueuedPosition => ({
  seq,
  userId: 'u1',
  deliveryId: 'd1',
  lat,
  lng: 107.6,
  accuracy: null,
  heading: null,
  speed: null,
  recordedAt: new Date(Date.UTC(2026, 11, 5, 3, seq)).toISOString(),
});

type Call = { aliases: number; variables: Record<string, unknown> };

/** Answers like the gateway would: a bad latitude throws BAD_USER_INPUT, which nulls the whole answer. */
function apiAnswering(mode: 'ok' | 'offline'): { api: Api; calls: Call[] } {
  const calls: Call[] = [];
  const mutate = async (
    doc: { definitions: Array<{ selectionSet: { selections: unknown[] } }> },
    variables: Record<string, unknown>,
  ) => {
    calls.push({ aliases: doc.definitions[0]?.selectionSet.selections.length ?? 0, variables });
    if (mode === 'offline')
      return { ok: false, error: { code: 'NETWORK', message: 'offline', network: true } };
    const inputs = Object.entries(variables).map(([k, v]) => [k, v as { lat: number }] as const);
    if (inputs.some(([, v]) => v.lat > 90))
      return { ok: false, error: { code: 'BAD_USER_INPUT', message: 'lat' } };
    const value = Object.fromEntries(
      inputs.map(([k]) => [k === 'input' ? 'reportPosition' : k, { __typename: 'CourierPosition' }]),
    );
    return { ok: true, value } as Outcome<unknown>;
  };
  return { api: { mutate } as unknown as Api, calls };
}

describe('sending queued positions', () => {
  it('sends a batch in one request, one aliased reportPosition per fix', async () => {
    const { api, calls } = apiAnswering('ok');
    expect(await positionSender(api)([fix(1), fix(2), fix(3)])).toEqual(['recorded', 'recorded', 'recorded']);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.aliases).toBe(3);
    expect(Object.keys(calls[0]?.variables ?? {})).toEqual(['p0', 'p1', 'p2']);
  });

  it('goes one by one when a fix is refused outright, so the others still land', async () => {
    const { api, calls } = apiAnswering('ok');
    expect(await positionSender(api)([fix(1), fix(2, 95), fix(3)])).toEqual([
      'recorded',
      'refused',
      'recorded',
    ]);
    expect(calls).toHaveLength(4);
  });

  it('keeps everything when the server cannot be reached', async () => {
    const { api, calls } = apiAnswering('offline');
    expect(await positionSender(api)([fix(1), fix(2)])).toBe('unreachable');
    expect(calls).toHaveLength(1);
  });
});
