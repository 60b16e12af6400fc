import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket, WebSocketServer } from 'ws';
import { batchWrites } from './batched-writes';

/** A WebSocket server whose connections count the writes their TCP socket makes. */
async function server(batched: boolean) {
  const http = createServer();
  const wss = new WebSocketServer({ server: http });
  if (batched) batchWrites(wss);
  const peers: Array<{ ws: WebSocket; writes: () => number }> = [];
  wss.on('connection', (ws: WebSocket, request: IncomingMessage) => {
    const tcp = request.socket as Socket & { _write: unknown; _writev: unknown };
    let writes = 0;
    for (const name of ['_write', '_writev'] as const) {
      const original = tcp[name] as (...args: unknown[]) => unknown;
      tcp[name] = (...args: unknown[]) => {
        writes++;
        return original.apply(tcp, args);
      };
    }
    peers.push({ ws, writes: () => writes });
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const url = `ws://127.0.0.1:${(http.address() as AddressInfo).port}`;
  return {
    url,
    peers,
    close: async () => {
      for (const c of wss.clients) c.terminate();
      await new Promise((resolve) => wss.close(resolve));
      await new Promise((resolve) => http.close(resolve));
    },
  };
}

/** Connects, lets the server send `n` frames in one turn, and returns what arrived and the writes it took. */
async function burst(batched: boolean, n: number) {
  const s = await server(batched);
  closers.push(s.close);
  const client = new WebSocket(s.url);
  const received: string[] = [];
  const all = new Promise<void>((resolve) =>
    client.on('message', (data) => {
      received.push(String(data));
      if (received.length === n) resolve();
    }),
  );
  await new Promise((resolve) => client.once('open', resolve));
  while (!s.peers[0]) await new Promise((r) => setTimeout(r, 5));
  const peer = s.peers[0];
  const before = peer.writes();
  for (let i = 0; i < n; i++) peer.ws.send(JSON.stringify({ i }));
  await all;
  client.close();
  return { received, writes: peer.writes() - before };
}

const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

describe('batchWrites', () => {
  it('sends the frames of one turn in one write, all of them, in order', async () => {
    const { received, writes } = await burst(true, 25);
    expect(received).toEqual(Array.from({ length: 25 }, (_, i) => JSON.stringify({ i })));
    expect(writes).toBe(1);
  });

  it('without it, the same frames take a write each (what the batching saves)', async () => {
    const { writes } = await burst(false, 25);
    expect(writes).toBeGreaterThan(10);
  });

  it('a frame sent in a later turn goes out on its own, without waiting for more', async () => {
    const s = await server(true);
    closers.push(s.close);
    const client = new WebSocket(s.url);
    await new Promise((resolve) => client.once('open', resolve));
    while (!s.peers[0]) await new Promise((r) => setTimeout(r, 5));
    for (let i = 0; i < 3; i++) {
      const got = new Promise((resolve) => client.once('message', (d) => resolve(String(d))));
      s.peers[0].ws.send(`m${i}`);
      expect(await got).toBe(`m${i}`);
    }
    client.close();
  });
});
