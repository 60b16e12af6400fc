import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildLock } from './build';

describe('the web build lock', () => {
  it('lets one process build at a time; the next waits for the release', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'web-lock-')), '.build-lock');
    const release = await buildLock(path, () => {});
    const waits: string[] = [];
    let second = false;
    const next = buildLock(path, (msg) => waits.push(msg)).then((r) => {
      second = true;
      return r;
    });
    await new Promise((r) => setTimeout(r, 600));
    expect(second).toBe(false);
    expect(waits).toHaveLength(1);
    release();
    (await next)();
    expect(second).toBe(true);
    expect(existsSync(path)).toBe(false);
  });

  it('takes over a lock left by a process that died', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'web-lock-')), '.build-lock');
    // A pid far above any live one (pid_max is at most 4194304 on Linux).
    writeFileSync(path, '4194305');
    const release = await buildLock(path, () => {});
    expect(existsSync(path)).toBe(true);
    release();
    expect(existsSync(path)).toBe(false);
  });
});
