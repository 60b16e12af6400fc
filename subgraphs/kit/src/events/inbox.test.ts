import { describe, expect, it } from 'vitest';
import { Inbox } from './inbox';

const turn = () => new Promise((r) => setImmediate(r));

describe('Inbox', () => {
  it('hands messages on in order, a bounded number per turn of the event loop, never during push', async () => {
    const handled: number[] = [];
    const inbox = new Inbox<number>((n) => handled.push(n), undefined, 1_000, 4);
    for (let i = 0; i < 10; i++) inbox.push(i);
    // Pushing (what a socket read does) hands nothing on: reading stays cheap.
    expect(handled).toEqual([]);
    await turn();
    expect(handled).toEqual([0, 1, 2, 3]);
    await turn();
    expect(handled).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    await turn();
    expect(handled).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(inbox.size).toBe(0);
  });

  it('past its limit drops the oldest, counts and reports them, and keeps the newest in order', async () => {
    const handled: number[] = [];
    const reported: number[] = [];
    const inbox = new Inbox<number>(
      (n) => handled.push(n),
      (d) => reported.push(d),
      10,
    );
    for (let i = 0; i < 50; i++) inbox.push(i);
    expect(inbox.size).toBe(10);
    await turn();
    expect(handled).toEqual([40, 41, 42, 43, 44, 45, 46, 47, 48, 49]);
    expect(inbox.dropped).toBe(40);
    expect(reported.at(-1)).toBe(40);
  });

  it('a long backlog is handed on completely, and nothing after close', async () => {
    let handled = 0;
    const inbox = new Inbox<number>(() => handled++, undefined, 100_000, 256);
    for (let i = 0; i < 20_000; i++) inbox.push(i);
    while (inbox.size) await turn();
    expect(handled).toBe(20_000);
    inbox.push(1);
    inbox.close();
    inbox.push(2);
    await turn();
    expect(handled).toBe(20_000);
  });
});
